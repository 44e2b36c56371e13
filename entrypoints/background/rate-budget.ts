import { AppError } from '@/lib/api/errors';
import { rateHoldUntil as holdUntil, rateLog as requestLog } from '@/lib/storage/session-items';
import { MAX_RETRY_AFTER_MS } from '@/lib/outbox/transition';
import { MAX_SLEEP_MS, sleepAlive } from './keep-alive';
import { clockNow } from '@/lib/time/clock';

// One client-side budget for every tab and surface (docs/security.md REL-3): at most `limit` requests in any minute,
// the same sliding window AlfaOne counts with, so requests wait their turn instead of earning 429s. The log of
// request times is in session storage: a restarted worker keeps counting. Each request is logged when it is
// allowed out, then again when its answer came: AlfaOne received it at some moment between the two, so spacing
// from the later one keeps us inside AlfaOne's window however slow the way there was.

const WINDOW_MS = 60_000;
/** Slack for clock differences between here and AlfaOne. */
const MARGIN_MS = 1_000;

/** This worker's clock (lib/time/clock.ts): a clock set back or forward while the worker lives moves no wait. Times
 *  stored by an earlier worker are clamped to it. */
const now = clockNow;

/** Read-modify-write of the log under a Web Lock; waiting happens outside, so answers can be logged meanwhile. */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  return navigator.locks.request('rate-budget', work) as Promise<T>;
}

/**
 * Waits for a slot and takes it; resolves to the function to call once the answer came. A wait longer than
 * `maxWaitMs` (a long Retry-After, or a full window) is not slept through: it fails as rate-limited with the time
 * left, and the outbox comes back by its alarm (REL-8).
 */
export async function takeSlot(limit: number, maxWaitMs = MAX_SLEEP_MS): Promise<() => Promise<void>> {
  for (;;) {
    const step = await exclusive(async () => {
      const at = now();
      const held = Math.min((await holdUntil.getValue()) - at, MAX_RETRY_AFTER_MS);
      const times = await recent(at);
      const wait = Math.max(held, waitFor(times, limit, at));
      if (wait > maxWaitMs) throw new AppError('rate-limited', { retryAfterMs: wait });
      if (wait > 0) return { taken: undefined, wait };
      await requestLog.setValue([...times, at]);
      return { taken: at, wait: 0 };
    });
    const { taken } = step;
    if (taken !== undefined) return () => answered(taken);
    await sleepAlive(step.wait);
  }
}

/** How long the next request would wait now, without taking a slot. */
export async function currentWait(limit: number): Promise<number> {
  const at = now();
  return waitFor(await recent(at), limit, at);
}

/** AlfaOne said 429: every request waits at least this long (a `Retry-After` is honoured up to an hour). */
export async function holdBudget(ms: number): Promise<void> {
  const until = now() + Math.min(ms, MAX_RETRY_AFTER_MS);
  await exclusive(async () => {
    if (until > (await holdUntil.getValue())) await holdUntil.setValue(until);
  });
}

function answered(takenAt: number): Promise<void> {
  return exclusive(async () => {
    const times = await requestLog.getValue();
    const index = times.indexOf(takenAt);
    if (index === -1) return;
    const at = now();
    await requestLog.setValue(times.map((t, i) => (i === index ? at : t)).sort((a, b) => a - b));
  });
}

/** The log's times within the window; one from the future (the clock was set back since) counts as now. */
async function recent(at: number): Promise<number[]> {
  return (await requestLog.getValue()).map((t) => Math.min(t, at)).filter((t) => t > at - WINDOW_MS - MARGIN_MS);
}

function waitFor(times: number[], limit: number, now: number): number {
  if (times.length < limit) return 0;
  const oldestThatMustExpire = times[times.length - limit]!;
  return oldestThatMustExpire + WINDOW_MS + MARGIN_MS - now;
}
