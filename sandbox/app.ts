import { Hono } from 'hono';
import type { SandboxEnv } from './env';
import { jsonError } from './http';
import { requireApiKey } from './middleware/auth';
import { connectionHeader } from './middleware/connection';
import { faultInjection } from './middleware/faults';
import { rateLimit } from './middleware/rate-limit';
import { requestLog } from './middleware/request-log';
import type { RequestLogEntry } from './request-log';
import { assessmentRoutes } from './routes/assessments';
import { controlRoutes } from './routes/control';
import { inviteRoutes } from './routes/invites';
import { samplePageRoutes } from './routes/sample-page';
import type { SandboxState } from './state';

export interface SandboxAppOptions {
  /** Called once per /api/v1 request when its outcome is known (the CLI prints a line). */
  onRequest?: (entry: RequestLogEntry) => void;
}

/**
 * The AlfaOne stand-in. /api/v1 runs: log → faults → auth → rate limit → routes, so faults hit
 * before anything else (like a failing proxy) and only authenticated requests use up the limit.
 */
export function createSandboxApp(state: SandboxState, options: SandboxAppOptions = {}): Hono<SandboxEnv> {
  const api = new Hono<SandboxEnv>();
  api.use('*', requestLog(state, options.onRequest));
  api.use('*', faultInjection(state));
  api.use('*', requireApiKey());
  api.use('*', rateLimit(state));
  api.route('/assessments', assessmentRoutes(state));
  api.route('/invites', inviteRoutes(state));

  const app = new Hono<SandboxEnv>();
  app.use('*', connectionHeader(state));
  app.route('/api/v1', api);
  app.route('/__sandbox', controlRoutes(state));
  app.route('/sample', samplePageRoutes());
  app.notFound((c) => jsonError(c, 404, 'Not found'));
  app.onError((error, c) => {
    console.error('[sandbox] unhandled error', error);
    return jsonError(c, 500, 'Internal server error');
  });
  return app;
}
