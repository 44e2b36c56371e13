// The background's one clock for "how long ago" and "when next" (docs/security.md REL-12): the wall clock
// read once, when the worker starts, then the monotonic clock, so a clock set back or forward while the worker lives
// moves no freshness check, settle period or wait. Times stored by an earlier worker are on the wall clock of its
// start: trusted only within caps (a stamp from the future is not recent; a due time is at most its longest wait
// away).

let origin: number | undefined;

/** Milliseconds on this worker's clock (epoch-like: the wall clock at start plus the time elapsed since). */
export function clockNow(): number {
  origin ??= Date.now() - performance.now();
  return origin + performance.now();
}

/** How long ago `stamp` was; a stamp later than now (the wall clock was set back since) is as old as can be. */
export function ageOf(stamp: number, now = clockNow()): number {
  return stamp > now ? Infinity : now - stamp;
}

/** A due time, at most `maxWaitMs` from now: one stored before the wall clock was set back waits no longer. */
export function capDue(at: number, maxWaitMs: number, now = clockNow()): number {
  return Math.min(at, now + maxWaitMs);
}

/** The wall-clock time for a time on this clock, for the browser's alarms (which ring by the wall clock). */
export function wallTime(at: number, now = clockNow()): number {
  return Date.now() + (at - now);
}
