import type { Context, MiddlewareHandler } from 'hono';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { SandboxEnv } from '../env';
import { faultResponse, takeFault } from '../faults';
import type { FaultTarget, FaultWhen, QueuedFault } from '../faults';
import type { SandboxState } from '../state';

const API_PREFIX = '/api/v1';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Kills the TCP connection without a byte of response, like a proxy reset or a crashed server. */
function dropConnection(c: Context<SandboxEnv>): Response {
  const socket = c.env?.incoming?.socket;
  if (!socket) throw new Error('A "drop" fault needs the Node server (c.env.incoming)');
  c.set('dropped', true);
  socket.destroy();
  return RESPONSE_ALREADY_SENT;
}

/** Applies a fault; returns the response that replaces the normal one, or undefined to carry on. */
async function applyFault(c: Context<SandboxEnv>, fault: QueuedFault, when: FaultWhen): Promise<Response | undefined> {
  c.get('logEntry').faults.push({ kind: fault.kind, when });
  switch (fault.kind) {
    case 'delay':
      await sleep(fault.delayMs ?? 0);
      return undefined;
    case 'late-commit':
      // Read the body now (it is cached for the handler), so a client that gave up cannot stop the commit.
      await c.req.text().catch(() => '');
      await sleep(fault.delayMs ?? 0);
      return undefined;
    case 'status':
      return faultResponse(fault);
    case 'drop':
      return dropConnection(c);
  }
}

/** Runs queued faults before and after the real handling of each /api/v1 request. */
export function faultInjection(state: SandboxState): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const target: FaultTarget = { method: c.req.method, path: c.req.path.slice(API_PREFIX.length) || '/' };

    const before = takeFault(state.faults, target, 'before');
    if (before) {
      const replacement = await applyFault(c, before, 'before');
      if (replacement) return replacement;
    }

    await next();

    const after = takeFault(state.faults, target, 'after');
    if (after) {
      const replacement = await applyFault(c, after, 'after');
      if (replacement) {
        // Clear first so the handler's headers (e.g. Retry-After) don't merge into the fault's answer.
        c.res = undefined;
        c.res = replacement;
      }
    }
  };
}
