import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';
import { jsonError } from '../http';
import { hitWindow, RATE_LIMIT_MESSAGE } from '../rate-limit';
import type { SandboxState } from '../state';

/** Per-key limit (the docs don't say key or org; per key is the stricter reading for two keys of one org). */
export function rateLimit(state: SandboxState): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const apiKey = c.get('apiKey');
    let window = state.rateWindows.get(apiKey);
    if (!window) {
      window = [];
      state.rateWindows.set(apiKey, window);
    }
    const verdict = hitWindow(window, state.now(), state.mode.rateLimitPerMinute);
    if (!verdict.allowed) {
      if (state.mode.retryAfterOn429) c.header('Retry-After', String(verdict.retryAfterSeconds));
      return jsonError(c, 429, RATE_LIMIT_MESSAGE);
    }
    await next();
  };
}
