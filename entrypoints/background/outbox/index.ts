// The outbox's surface for the rest of the background: the send path, the handlers and the worker's wiring.
export { drainOutbox } from './drain';
export { keyIdentity } from './key-identity';
export { reviewOutboxKeys, sendUnderCurrentKey } from './keys';
export { registerOutbox } from './register';
export { OUTBOX_ALARM } from './schedule';
export { applyEvent, patchEntry, updateOutbox, waitForEntry } from './store';
