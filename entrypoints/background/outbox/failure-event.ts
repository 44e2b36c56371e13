import { AppError, isKeyError, type ErrorKind } from '@/lib/api/errors';
import { backoffDelay, type BackoffPolicy } from '@/lib/api/backoff';
import type { OutboxEntry } from '@/lib/outbox/entry';
import type { OutboxEvent } from '@/lib/outbox/transition';

// Which event of the transition table a failure is (docs/security.md REL-4, REL-5, REL-10).

/** Retries for one invite: more patient than reads (about half an hour offline), since nobody waits on a spinner. */
export const SEND_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 60_000, attempts: 30 };
/** A 429 that did not say how long: wait this long at least. */
const RATE_LIMITED_MIN_MS = 1_000;

/** Failures of the extension's own making before anything went out: the invite waits until access is back. */
const LOCAL_HOLDS: readonly ErrorKind[] = ['permission-missing', 'storage-unprotected'];

/** The key it was asked under was replaced or removed while the request waited: nothing went out. */
const keyChanged = (error: AppError) => error.kind === 'key-missing' && error.status === undefined;

function common(error: unknown, now: number): OutboxEvent | undefined {
  if (!(error instanceof AppError)) return undefined;
  if (LOCAL_HOLDS.includes(error.kind)) return { type: 'hold', now, reason: 'permission', error: error.toInfo() };
  if (keyChanged(error)) return { type: 'hold', now, reason: 'key-changed', error: error.toInfo() };
  // SEC-6: nothing more goes out with a refused key; the invite waits for a new one instead of being dropped.
  if (isKeyError(error.kind)) return { type: 'hold', now, reason: 'key-refused', error: error.toInfo() };
  if (error.kind === 'rate-limited') {
    return {
      type: 'rate-limited',
      now,
      error: error.toInfo(),
      waitMs: Math.max(error.retryAfterMs ?? 0, RATE_LIMITED_MIN_MS),
    };
  }
  return undefined;
}

/** A failed POST: anything but a clear refusal may have created the invite (REL-5: 409 included). */
export function postFailure(error: unknown, now: number, settleMs: number): OutboxEvent {
  const known = common(error, now);
  if (known) return known;
  if (error instanceof AppError && (error.kind === 'bad-request' || error.kind === 'not-found')) {
    return { type: 'rejected', now, error: error.toInfo() };
  }
  const info = (
    error instanceof AppError ? error : new AppError('invalid-response', { message: String(error) })
  ).toInfo();
  return { type: 'ambiguous', now, error: info, settleMs };
}

/** A failed read (duplicate check, reconcile): transient ones are tried again later, the rest settle the entry. */
export function readFailure(entry: OutboxEntry, error: unknown, now: number): OutboxEvent {
  const known = common(error, now);
  if (known) return known;
  if (!(error instanceof AppError)) throw error;
  const info = error.toInfo();
  if (['network', 'timeout', 'server', 'invalid-response'].includes(info.kind)) {
    const delayMs = Math.max(backoffDelay(SEND_BACKOFF, Math.min(entry.tries + 1, 10)), 500);
    return { type: 'retry', now, error: info, delayMs, maxTries: SEND_BACKOFF.attempts };
  }
  return { type: 'fail', now, error: info };
}
