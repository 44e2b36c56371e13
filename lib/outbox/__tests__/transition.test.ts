import { describe, expect, it } from 'vitest';
import { OUTBOX_STATES, type OutboxState } from '../entry';
import { MAX_POSTS, MAX_RETRY_AFTER_MS, TABLE, transition, type OutboxEventType } from '../transition';
import { entryIn, eventOf } from './sample-entry';

// Every state against every event (docs/security.md REL-5, REL-10, REL-11): what each does, and that the rest leave
// the entry as it is.

const EVENTS = Object.keys(TABLE) as OutboxEventType[];

/** state → event → the state after (absent: the event does not apply). */
const EXPECTED: Record<OutboxState, Partial<Record<OutboxEventType, OutboxState>>> = {
  queued: {
    post: 'sending',
    'rate-limited': 'queued',
    duplicate: 'duplicate',
    retry: 'queued',
    fail: 'failed',
    hold: 'held',
    cancel: 'cancelled',
  },
  sending: {
    created: 'sent',
    ambiguous: 'checking',
    orphaned: 'checking',
    rejected: 'failed',
    'rate-limited': 'queued',
    hold: 'held',
  },
  checking: {
    created: 'sent',
    'rate-limited': 'checking',
    'not-found': 'queued',
    retry: 'checking',
    fail: 'failed',
    hold: 'held',
  },
  held: { release: 'checking', cancel: 'cancelled' },
  sent: {},
  duplicate: {},
  failed: {},
  cancelled: {},
};

describe('the outbox transition table', () => {
  for (const state of OUTBOX_STATES) {
    for (const type of EVENTS) {
      const expected = EXPECTED[state][type];
      it(`${state} + ${type} → ${expected ?? 'unchanged'}`, () => {
        // A held entry here was unsure when held (it goes back to checking); see below for one that was not.
        const entry = entryIn(state, state === 'held' ? { unsure: true, hold: 'key-changed' } : {});
        const after = transition(entry, eventOf(type));
        if (expected) expect(after.state).toBe(expected);
        else expect(after).toBe(entry);
      });
    }
  }

  it('should never POST while a POST may have reached AlfaOne and reconcile has not looked', () => {
    const unsure = entryIn('queued', { unsure: true });
    expect(transition(unsure, eventOf('post'))).toBe(unsure);
  });

  it('should look no earlier than the settle period after the POST started', () => {
    const sending = transition(entryIn('queued'), eventOf('post', 10_000));
    expect(transition(sending, eventOf('ambiguous', 30_000)).nextAt).toBe(70_000);
    expect(transition(sending, eventOf('orphaned', 90_000)).nextAt).toBe(90_000);
  });

  it('should take a 429 to a POST as nothing sent, and cap its wait at an hour', () => {
    const sending = transition(entryIn('queued'), eventOf('post'));
    const after = transition(sending, { ...eventOf('rate-limited'), waitMs: 5 * MAX_RETRY_AFTER_MS } as never);
    expect(after).toMatchObject({ state: 'queued', unsure: false, nextAt: 1_000 + MAX_RETRY_AFTER_MS });
  });

  it('should release a held entry that never went out to the queue, under the key the user chose', () => {
    const after = transition(entryIn('held', { unsure: false, hold: 'key-changed' }), eventOf('release'));
    expect(after).toMatchObject({ state: 'queued', keyId: 'k2', hold: undefined });
  });

  it('should keep an unsure queued entry from being cancelled (it may have gone out)', () => {
    const entry = entryIn('queued', { unsure: true });
    expect(transition(entry, eventOf('cancel'))).toBe(entry);
  });

  it('should fail after the last try, saying it may have been sent when it may have', () => {
    const after = transition(entryIn('checking', { tries: 2 }), eventOf('retry'));
    expect(after.state).toBe('failed');
    expect(after.lastError?.message).toMatch(/may have been sent/);
  });

  it('REL-5: should end failed, not post a fourth time, after 3 ambiguous POSTs reconcile found nothing for', () => {
    let entry = entryIn('queued');
    const seen: string[] = [];
    for (let round = 0; round < 5; round++) {
      for (const type of ['post', 'ambiguous', 'not-found'] as const) {
        entry = transition(entry, eventOf(type, (round + 1) * 100_000));
        seen.push(entry.state);
      }
    }
    expect(seen.filter((s) => s === 'sending')).toHaveLength(MAX_POSTS);
    expect(entry).toMatchObject({ state: 'failed', posts: 3, unsure: false });
    expect(entry.lastError?.message).toBe('AlfaOne did not confirm this invite after 3 tries; it was not created');
  });

  it('REL-5: should not count a POST answered before processing (429, 401) towards the bound', () => {
    const sending = entryIn('sending', { posts: 3 });
    expect(transition(sending, eventOf('rate-limited')).posts).toBe(2);
    expect(transition(sending, { type: 'hold', now: 1, reason: 'key-refused' }).posts).toBe(2);
  });
});
