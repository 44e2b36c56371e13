// The outbox's surface for the rest of the background: the send path, the handlers and the worker's wiring.
export { drainOutbox, runEntry } from './drain';
export { keyIdentity } from './key-identity';
export { reviewOutboxKeys, sendUnderCurrentKey } from './keys';
export { registerOutbox } from './register';
export { alarmName } from './schedule';
export { applyEvent, patchEntry, updateOutbox, waitForEntry } from './store';
