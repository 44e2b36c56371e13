// AlfaOne's clock, as its latest `Date` header showed it, carried forward on this context's monotonic clock. Shared
// by every client of one base URL: the outbox stamps each POST with it (docs/security.md REL-5), and a fresh
// client per send would otherwise spend one request of the budget on reading the time.

/** Beyond this, a reading is read again rather than carried forward. */
const MAX_AGE_MS = 10 * 60_000;

const seen = new Map<string, { date: number; at: number }>();

export function noteServerDate(baseUrl: string, date: number): void {
  seen.set(baseUrl, { date, at: performance.now() });
}

/** AlfaOne's time now, never later than it is (a `Date` is whole seconds, rounded down), or undefined if unknown. */
export function serverNow(baseUrl: string): number | undefined {
  const reading = seen.get(baseUrl);
  if (!reading) return undefined;
  const elapsed = performance.now() - reading.at;
  return elapsed > MAX_AGE_MS ? undefined : reading.date + elapsed;
}
