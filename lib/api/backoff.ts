// Capped exponential backoff with full jitter (docs/security.md REL-1): delay = random(0, min(cap, base · 2^attempt)).

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** Total tries, the first included. */
  attempts: number;
}

export const READ_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 30_000, attempts: 4 };

export function backoffDelay(policy: BackoffPolicy, attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt));
}

/** The wait before the next try: at least what `Retry-After` asked for (REL-2), else the jittered backoff. */
export function nextDelay(
  policy: BackoffPolicy,
  attempt: number,
  retryAfterMs?: number,
  random?: () => number,
): number {
  const jittered = backoffDelay(policy, attempt, random);
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}
