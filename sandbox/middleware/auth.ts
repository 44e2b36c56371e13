import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';
import { jsonError } from '../http';
import { lookupKey } from '../keys';

/** The four documented 401s (docs/api.md §2.1), with their exact bodies. */
export function requireApiKey(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const value = c.req.header('x-api-key');
    if (!value) return jsonError(c, 401, 'API key is required');
    const key = lookupKey(value);
    if (!key) return jsonError(c, 401, 'Invalid API key');
    if (key.status === 'expired') return jsonError(c, 401, 'API key has expired');
    if (key.status === 'revoked') return jsonError(c, 401, 'API key has been revoked');
    c.set('key', key);
    c.set('apiKey', value);
    await next();
  };
}
