import type { OutboxEntry, OutboxState } from '../entry';
import type { OutboxEvent, OutboxEventType } from '../transition';

const invite = {
  id: 'inv-1',
  assessmentId: 'a1',
  assessmentName: 'Backend',
  recipientEmail: 'jane@example.com',
  status: 'pending',
  sentAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-02-01T00:00:00.000Z',
};
const problem = { kind: 'network' as const, message: 'Could not reach AlfaOne', action: '' };

export function entryIn(state: OutboxState, patch: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id: 'e1',
    key: 'a1|jane@example.com',
    body: { assessmentId: 'a1', recipientEmail: 'jane@example.com' },
    origin: 'popup',
    keyEnv: 'live',
    keyId: 'k1',
    checkDuplicates: true,
    state,
    createdAt: 0,
    nextAt: 0,
    posts: 0,
    tries: 0,
    preexistingIds: [],
    unsure: state === 'sending' || state === 'checking',
    notify: false,
    ...patch,
  };
}

/** One event of each type, at `now`. */
export function eventOf(type: OutboxEventType, now = 1_000): OutboxEvent {
  switch (type) {
    case 'post':
      return { type, now, serverFloor: now - 500, preexistingIds: [] };
    case 'created':
      return { type, now, invite };
    case 'ambiguous':
      return { type, now, error: problem, settleMs: 60_000 };
    case 'orphaned':
      return { type, now, settleMs: 60_000 };
    case 'rejected':
    case 'fail':
      return { type, now, error: { ...problem, kind: 'bad-request' } };
    case 'rate-limited':
      return { type, now, error: { ...problem, kind: 'rate-limited' }, waitMs: 2_000 };
    case 'not-found':
    case 'cancel':
      return { type, now };
    case 'duplicate':
      return { type, now, existing: [invite] };
    case 'retry':
      return { type, now, error: problem, delayMs: 1_000, maxTries: 3 };
    case 'hold':
      return { type, now, reason: 'key-changed' };
    case 'release':
      return { type, now, keyId: 'k2', keyEnv: 'live' };
  }
}
