import { startSandbox } from '../sandbox/server';
import { E2E_SANDBOX_PORT } from './config';
import { sandboxControl, type SandboxControl } from './sandbox-control';

// The sandbox for one suite worker, shared by the Chromium (e2e/) and Firefox (e2e-firefox/) suites.

export interface SandboxFixture {
  url: string;
  baseUrl: string;
  control: SandboxControl;
  /** Takes AlfaOne off the network (connections refused) and brings it back, as going offline would. */
  goOffline: () => Promise<void>;
  goOnline: () => Promise<void>;
}

/** A Playwright worker fixture: the sandbox on the suite's port, closed when the worker ends. */
export const sandboxFixture: [
  (args: object, use: (sandbox: SandboxFixture) => Promise<void>) => Promise<void>,
  { scope: 'worker' },
] = [
  async ({}, use) => {
    let server: Awaited<ReturnType<typeof startSandbox>> | undefined = await startSandbox({ port: E2E_SANDBOX_PORT });
    const { url, baseUrl } = server;
    await use({
      url,
      baseUrl,
      control: sandboxControl(url),
      goOffline: async () => {
        await server?.close();
        server = undefined;
      },
      goOnline: async () => {
        server ??= await startSandbox({ port: E2E_SANDBOX_PORT });
      },
    });
    await server?.close();
  },
  { scope: 'worker' },
];
