import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';
import { parseLoggedBody } from '../request-log';
import type { RequestLogEntry } from '../request-log';
import type { SandboxState } from '../state';

/**
 * Outermost /api/v1 middleware: logs the request on arrival (so the log keeps arrival order)
 * and fills in the status once the answer, fault or drop is known.
 */
export function requestLog(
  state: SandboxState,
  onRequest?: (entry: RequestLogEntry) => void,
): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const at = state.now();
    const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    const entry: RequestLogEntry = {
      method: c.req.method,
      path: c.req.path,
      query: c.req.query(),
      apiKey: c.req.header('x-api-key') ?? null,
      // Reading the body here also means a later "drop" happens after the full request arrived.
      body: hasBody ? parseLoggedBody(await c.req.text()) : null,
      status: 0,
      at,
      faults: [],
    };
    state.requests.push(entry);
    c.set('logEntry', entry);
    try {
      await next();
    } finally {
      entry.status = c.get('dropped') ? 0 : c.res.status;
      onRequest?.(entry);
    }
  };
}
