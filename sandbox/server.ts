import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSandboxApp } from './app';
import type { SandboxAppOptions } from './app';
import { SANDBOX_KEYS } from './keys';
import { SandboxState } from './state';
import type { SandboxStateOptions } from './state';

export interface StartSandboxOptions extends SandboxStateOptions, SandboxAppOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback by default: the control API has no auth. */
  host?: string;
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  /** url + '/api/v1', what the extension is configured with. */
  baseUrl: string;
  port: number;
  state: SandboxState;
  keys: typeof SANDBOX_KEYS;
  /** Stops listening and destroys open keep-alive sockets, so tests end at once. */
  close(): Promise<void>;
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const { port = 0, host = '127.0.0.1', onRequest, ...stateOptions } = options;
  const state = new SandboxState(stateOptions);
  const app = createSandboxApp(state, { onRequest });

  return new Promise((resolve, reject) => {
    // Plain HTTP/1.1 server: no createServer override, so the cast to http.Server holds.
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off('error', reject);
      const url = `http://${formatHost(host)}:${info.port}`;
      resolve({
        url,
        baseUrl: `${url}/api/v1`,
        port: info.port,
        state,
        keys: SANDBOX_KEYS,
        close: () => closeServer(server),
      });
    }) as Server;
    server.once('error', reject);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
