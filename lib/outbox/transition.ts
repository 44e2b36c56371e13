import type { Invite } from '@/lib/api/schemas';
import type { OutboxEntry, OutboxProblem, OutboxState } from './entry';
import { i18n } from '#i18n';

// The outbox's one table of states (docs/security.md REL-5, REL-10, REL-11): every change an entry goes through is
// an event here, pure, so the whole table is tested without a browser. An event that does not apply to the
// entry's state leaves it as it is.

/** A `Retry-After` is honoured up to this, and the time shown (REL-2, REL-8). */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * POSTs of one entry that may have reached AlfaOne (REL-5): after this many that reconcile found nothing for, the
 * entry fails instead of posting again after every settle period for good. Only a new request starts over.
 */
export const MAX_POSTS = 3;

export type OutboxEvent =
  /** The POST goes out now; `serverFloor` is the server's clock just before it. */
  | { type: 'post'; now: number; serverFloor: number; preexistingIds: string[] }
  /** AlfaOne answered the POST with the invite, or reconcile found it. */
  | { type: 'created'; now: number; invite: Invite }
  /** No answer we can trust (timeout, dropped connection, 5xx, unreadable, 409): look after the settle period. */
  | { type: 'ambiguous'; now: number; error: OutboxProblem; settleMs: number }
  /** A `sending` entry no live worker holds: that worker was stopped mid-POST. */
  | { type: 'orphaned'; now: number; settleMs: number }
  /** AlfaOne refused the POST outright (400, 404): nothing was created. */
  | { type: 'rejected'; now: number; error: OutboxProblem }
  /** 429 (rejected before processing) or the client-side budget: the same step, later. */
  | { type: 'rate-limited'; now: number; error: OutboxProblem; waitMs: number }
  /** Reconcile looked at every status and found no invite of ours. */
  | { type: 'not-found'; now: number }
  | { type: 'duplicate'; now: number; existing: Invite[] }
  /** A read failed transiently: the same step after `delayMs`, unless the entry has tried too often. */
  | { type: 'retry'; now: number; error: OutboxProblem; delayMs: number; maxTries: number }
  | { type: 'fail'; now: number; error: OutboxProblem }
  | { type: 'hold'; now: number; reason: NonNullable<OutboxEntry['hold']>; error?: OutboxProblem }
  /** The user chose to send under the key now saved (or that key came back). */
  | { type: 'release'; now: number; keyId: string; keyEnv?: OutboxEntry['keyEnv'] }
  | { type: 'cancel'; now: number };

export type OutboxEventType = OutboxEvent['type'];
type Step<T extends OutboxEventType> = (entry: OutboxEntry, event: Extract<OutboxEvent, { type: T }>) => OutboxEntry;

/** Said when the entry gives up while a POST may have reached AlfaOne. */
const maybeSent = (error: OutboxProblem): OutboxProblem => ({
  kind: 'server',
  message: `AlfaOne did not confirm this invite (${error.message}); it may have been sent`,
  action: 'Check Recent invites before sending it again.',
});

/** Said when the last allowed POST was looked for and not found: nothing was created, and nothing more goes out. */
const notConfirmed = (): OutboxProblem => ({
  kind: 'server',
  message: i18n.t('outbox.notConfirmed', { count: MAX_POSTS }),
  action: i18n.t('outbox.notConfirmedAction'),
});

/** A POST answered before processing (429, 401) created nothing: it does not count towards MAX_POSTS. */
const givenBack = (e: OutboxEntry) => (e.state === 'sending' ? Math.max(0, e.posts - 1) : e.posts);

const settle = (entry: OutboxEntry, now: number, patch: Partial<OutboxEntry>): OutboxEntry => ({
  ...entry,
  ...patch,
  hold: undefined,
  finishedAt: now,
});

export const TABLE: { [T in OutboxEventType]: { from: readonly OutboxState[]; to: Step<T> } } = {
  post: {
    // Never while unsure: a second POST only after reconcile has looked (REL-5).
    from: ['queued'],
    to: (e, ev) =>
      e.unsure
        ? e
        : e.posts >= MAX_POSTS
          ? settle(e, ev.now, { state: 'failed', lastError: notConfirmed() })
          : {
              ...e,
              state: 'sending',
              unsure: true,
              checkDuplicates: false,
              posts: e.posts + 1,
              postedAt: ev.now,
              serverFloor: ev.serverFloor,
              preexistingIds: ev.preexistingIds,
              nextAt: ev.now,
            },
  },
  created: {
    from: ['sending', 'checking'],
    to: (e, ev) => settle(e, ev.now, { state: 'sent', invite: ev.invite, unsure: false }),
  },
  ambiguous: {
    from: ['sending'],
    to: (e, ev) => ({
      ...e,
      state: 'checking',
      lastError: ev.error,
      nextAt: Math.max(ev.now, (e.postedAt ?? ev.now) + ev.settleMs),
    }),
  },
  orphaned: {
    from: ['sending'],
    to: (e, ev) => ({ ...e, state: 'checking', nextAt: Math.max(ev.now, (e.postedAt ?? ev.now) + ev.settleMs) }),
  },
  rejected: {
    from: ['sending'],
    to: (e, ev) => settle(e, ev.now, { state: 'failed', lastError: ev.error, unsure: false }),
  },
  'rate-limited': {
    // A 429 is answered before processing: the POST it answered created nothing.
    from: ['sending', 'queued', 'checking'],
    to: (e, ev) => ({
      ...e,
      state: e.state === 'sending' ? 'queued' : e.state,
      unsure: e.state === 'sending' ? false : e.unsure,
      posts: givenBack(e),
      lastError: ev.error,
      nextAt: ev.now + Math.min(Math.max(ev.waitMs, 0), MAX_RETRY_AFTER_MS),
    }),
  },
  'not-found': {
    from: ['checking'],
    // `tries` counts failed reads; the POSTs made so far stay counted (REL-5's bound).
    to: (e, ev) =>
      e.posts >= MAX_POSTS
        ? settle(e, ev.now, { state: 'failed', unsure: false, lastError: notConfirmed() })
        : { ...e, state: 'queued', unsure: false, tries: 0, nextAt: ev.now },
  },
  duplicate: {
    from: ['queued'],
    to: (e, ev) => (e.unsure ? e : settle(e, ev.now, { state: 'duplicate', existing: ev.existing })),
  },
  retry: {
    from: ['queued', 'checking'],
    to: (e, ev) =>
      e.tries + 1 >= ev.maxTries
        ? settle(e, ev.now, {
            state: 'failed',
            lastError: e.unsure ? maybeSent(ev.error) : ev.error,
            tries: e.tries + 1,
          })
        : { ...e, lastError: ev.error, tries: e.tries + 1, nextAt: ev.now + ev.delayMs },
  },
  fail: {
    from: ['queued', 'checking'],
    to: (e, ev) => settle(e, ev.now, { state: 'failed', lastError: e.unsure ? maybeSent(ev.error) : ev.error }),
  },
  hold: {
    // From `sending` only for a refused key: a 401 is answered before processing.
    from: ['queued', 'checking', 'sending'],
    to: (e, ev) => ({
      ...e,
      state: 'held',
      hold: ev.reason,
      unsure: e.state === 'sending' ? false : e.unsure,
      posts: givenBack(e),
      lastError: ev.error ?? e.lastError,
    }),
  },
  release: {
    from: ['held'],
    to: (e, ev) => ({
      ...e,
      state: e.unsure ? 'checking' : 'queued',
      hold: undefined,
      keyId: ev.keyId,
      keyEnv: ev.keyEnv,
      tries: 0,
      nextAt: ev.now,
    }),
  },
  cancel: {
    // A held entry may be discarded even if it may have gone out: the user chose, and is told so.
    from: ['queued', 'held'],
    to: (e, ev) => (e.state === 'queued' && e.unsure ? e : settle(e, ev.now, { state: 'cancelled' })),
  },
};

export function canApply(entry: OutboxEntry, type: OutboxEventType): boolean {
  return TABLE[type].from.includes(entry.state);
}

/** The entry after `event`; the same object when the event does not apply to its state. */
export function transition(entry: OutboxEntry, event: OutboxEvent): OutboxEntry {
  const row = TABLE[event.type] as {
    from: readonly OutboxState[];
    to: (e: OutboxEntry, ev: OutboxEvent) => OutboxEntry;
  };
  return row.from.includes(entry.state) ? row.to(entry, event) : entry;
}
