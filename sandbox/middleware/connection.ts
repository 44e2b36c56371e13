import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';
import type { SandboxState } from '../state';

/**
 * With keepAlive off, `Connection: close` on every answer means a client never reuses a socket,
 * so a dropped request can't be silently resent on a reused connection (docs/security.md REL-5a).
 */
export function connectionHeader(state: SandboxState): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    await next();
    if (!state.mode.keepAlive && !c.get('dropped')) c.res.headers.set('Connection', 'close');
  };
}
