import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { launchWithExtension, storeKey, type ExtensionBrowser, type LaunchOptions } from './browser';
import { E2E_EXTENSION_DIR } from './config';
import { sandboxFixture, type SandboxFixture } from './sandbox-fixture';

interface WorkerFixtures {
  sandbox: SandboxFixture;
}

interface TestFixtures {
  ext: ExtensionBrowser;
  /** The extension's running service worker (re-acquired on each use: a restarted worker is a new handle). */
  sw: () => Promise<Worker>;
  openPage: (file: `${'popup' | 'options'}.html${string}`) => Promise<Page>;
  /** Stores a key as the options page would after a successful check, without the UI round trip. */
  useKey: (name: keyof typeof SANDBOX_KEYS) => Promise<void>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sandbox: sandboxFixture,
  ext: async ({ sandbox }, use) => {
    await sandbox.goOnline();
    await sandbox.control.reset();
    const ext = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR });
    // With no key, the extension opens its options page on install (in the start-up tab): let that settle
    // before a test navigates, or the two navigations race.
    await waitForInstallOptionsPage(ext);
    await use(ext);
    await ext.close();
  },
  sw: async ({ ext }, use) => {
    await use(ext.worker);
  },
  openPage: async ({ ext }, use) => {
    await use(async (file) => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${file}`);
      return page;
    });
  },
  useKey: async ({ ext }, use) => {
    await use((name) => storeKey(ext, SANDBOX_KEYS[name]));
  },
});

/** The built extension, its install-time options page settled, with a key stored unless `key` is null. */
export async function launchReady(
  options: Omit<LaunchOptions, 'extensionDir'> & { key?: string | null } = {},
): Promise<ExtensionBrowser> {
  const { key = SANDBOX_KEYS.live, ...launch } = options;
  const ext = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR, ...launch });
  await waitForInstallOptionsPage(ext);
  if (key) await storeKey(ext, key);
  return ext;
}

/** The options page the extension opens on install, once it has loaded. */
export async function waitForInstallOptionsPage(ext: ExtensionBrowser): Promise<Page> {
  const isOptions = (p: Page) => p.url() === `chrome-extension://${ext.extensionId}/options.html`;
  await expect.poll(() => ext.context.pages().some(isOptions), { timeout: 10_000 }).toBe(true);
  const page = ext.context.pages().find(isOptions)!;
  await page.waitForLoadState();
  return page;
}

export { expect };
