import { storage } from 'wxt/utils/storage';
import { AppError } from '@/lib/api/errors';
import { MAX_SLEEP_MS, sleepAlive } from './keep-alive';

// One client-side budget for every tab and surface (security.md REL-3): at most `limit` requests in any minute,
// the same sliding window AlfaOne counts with, so requests wait their turn instead of earning 429s. The log of
// request times is in session storage: a restarted worker keeps counting. Each request is logged when it is
// allowed out, then again when its answer came: AlfaOne received it at some moment between the two, so spacing
// from the later one keeps us inside AlfaOne's window however slow the way there was.

const WINDOW_MS = 60_000;
/** Slack for clock differences between here and AlfaOne. */
const MARGIN_MS = 1_000;

const requestLog = storage.defineItem<number[]>('session:rateLog', { fallback: [] });
/** After a 429, nothing goes out before this time, from any tab or surface (REL-2 for the whole budget). */
const holdUntil = storage.defineItem<number>('session:rateHoldUntil', { fallback: 0 });

let lock: Promise<unknown> = Promise.resolve();

/** Read-modify-write of the log, one at a time; waiting happens outside, so answers can be logged meanwhile. */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const turn = lock.then(work);
  lock = turn.catch(() => undefined);
  return turn;
}

/**
 * Waits for a slot and takes it; resolves to the function to call once the answer came. A hold longer than
 * `maxHoldMs` (a long Retry-After) is not slept through: it fails as rate-limited with the time left (REL-8).
 */
export async function takeSlot(limit: number, maxHoldMs = MAX_SLEEP_MS): Promise<() => Promise<void>> {
  for (;;) {
    const step = await exclusive(async () => {
      const now = Date.now();
      const held = (await holdUntil.getValue()) - now;
      if (held > maxHoldMs) throw new AppError('rate-limited', { retryAfterMs: held });
      const times = await recent(now);
      const wait = Math.max(held, waitFor(times, limit, now));
      if (wait > 0) return { taken: undefined, wait };
      await requestLog.setValue([...times, now]);
      return { taken: now, wait: 0 };
    });
    const { taken } = step;
    if (taken !== undefined) return () => answered(taken);
    await sleepAlive(step.wait);
  }
}

/** How long the next request would wait now, without taking a slot. */
export async function currentWait(limit: number): Promise<number> {
  return waitFor(await recent(Date.now()), limit, Date.now());
}

/** AlfaOne said 429: every request waits at least this long. */
export async function holdBudget(ms: number): Promise<void> {
  const until = Date.now() + ms;
  await exclusive(async () => {
    if (until > (await holdUntil.getValue())) await holdUntil.setValue(until);
  });
}

function answered(takenAt: number): Promise<void> {
  return exclusive(async () => {
    const times = await requestLog.getValue();
    const index = times.indexOf(takenAt);
    if (index === -1) return;
    const now = Date.now();
    await requestLog.setValue(times.map((t, i) => (i === index ? now : t)).sort((a, b) => a - b));
  });
}

async function recent(now: number): Promise<number[]> {
  return (await requestLog.getValue()).filter((t) => t > now - WINDOW_MS - MARGIN_MS);
}

function waitFor(times: number[], limit: number, now: number): number {
  if (times.length < limit) return 0;
  const oldestThatMustExpire = times[times.length - limit]!;
  return oldestThatMustExpire + WINDOW_MS + MARGIN_MS - now;
}
