import { storage } from 'wxt/utils/storage';
import { ApiError } from '@/lib/api/errors';
import { MAX_SLEEP_MS, sleepAlive } from './keep-alive';

// One client-side budget for every tab and surface (security.md REL-3): at most `limit` requests in any minute,
// the same sliding window AlfaOne counts with, so requests wait their turn instead of earning 429s. The log of
// recent request times is in session storage: a restarted worker keeps counting.

const WINDOW_MS = 60_000;
/** Slack for clock and network differences between here and AlfaOne. */
const MARGIN_MS = 1_000;

const requestLog = storage.defineItem<number[]>('session:rateLog', { fallback: [] });
/** After a 429, nothing goes out before this time, from any tab or surface (REL-2 for the whole budget). */
const holdUntil = storage.defineItem<number>('session:rateHoldUntil', { fallback: 0 });

let queue: Promise<unknown> = Promise.resolve();

/**
 * Waits for a slot and takes it. Callers are served in order. A hold longer than `maxHoldMs` (a long Retry-After)
 * is not slept through: it fails as rate-limited with the time left, for the caller to schedule (REL-8).
 */
export function takeSlot(limit: number, maxHoldMs = MAX_SLEEP_MS): Promise<void> {
  const turn = queue.then(() => take(limit, maxHoldMs));
  queue = turn.catch(() => undefined);
  return turn;
}

/** How long the next request would wait now, without taking a slot. */
export async function currentWait(limit: number): Promise<number> {
  return waitFor(await recent(Date.now()), limit, Date.now());
}

/** AlfaOne said 429: every request waits at least this long. */
export async function holdBudget(ms: number): Promise<void> {
  const until = Date.now() + ms;
  if (until > (await holdUntil.getValue())) await holdUntil.setValue(until);
}

async function take(limit: number, maxHoldMs: number): Promise<void> {
  for (;;) {
    const now = Date.now();
    const held = (await holdUntil.getValue()) - now;
    if (held > maxHoldMs) throw new ApiError('rate-limited', { retryAfterMs: held });
    const times = await recent(now);
    const wait = Math.max(held, waitFor(times, limit, now));
    if (wait <= 0) {
      await requestLog.setValue([...times, now]);
      return;
    }
    await sleepAlive(wait);
  }
}

async function recent(now: number): Promise<number[]> {
  return (await requestLog.getValue()).filter((t) => t > now - WINDOW_MS - MARGIN_MS && t <= now);
}

function waitFor(times: number[], limit: number, now: number): number {
  if (times.length < limit) return 0;
  const oldestThatMustExpire = times[times.length - limit]!;
  return oldestThatMustExpire + WINDOW_MS + MARGIN_MS - now;
}
