/** Per-key sliding-window limiter (AUTH: 100 requests per minute on the Standard tier). */

export const RATE_WINDOW_MS = 60_000;
export const RATE_LIMIT_MESSAGE = 'Rate limit exceeded. Please try again later.';

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Records a hit in `window` (arrival times of accepted requests) unless the last 60 s already
 * hold `limit` of them. Rejected hits are not recorded, so a client hammering at the limit
 * recovers as soon as the oldest accepted request leaves the window.
 */
export function hitWindow(window: number[], now: number, limit: number): RateVerdict {
  while (window.length > 0 && (window[0] as number) <= now - RATE_WINDOW_MS) window.shift();
  if (window.length >= limit) {
    const oldest = window[window.length - limit] as number;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + RATE_WINDOW_MS - now) / 1000)) };
  }
  window.push(now);
  return { allowed: true };
}
