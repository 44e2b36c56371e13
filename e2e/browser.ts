import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_PATH } from './config';
import { connectedStatus, writeExtensionItems } from './extension-storage';

export interface LaunchOptions {
  extensionDir: string;
  headless?: boolean;
  /** Extra Chromium flags, e.g. --host-resolver-rules for stand-in websites. */
  args?: string[];
  /** Extra environment for the browser, e.g. LANGUAGE=es with --lang=es for a Spanish browser. */
  env?: Record<string, string>;
  /**
   * The pages' locale. Playwright's test runner otherwise gives every context its default, en-US, which overrides
   * --lang for the extension's pages and worker too.
   */
  locale?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  close: () => Promise<void>;
}

/** Launches Debian's Chromium with the built extension in a fresh profile (only a persistent context loads extensions). */
export async function launchWithExtension({
  extensionDir,
  headless = true,
  args = [],
  env,
  locale,
}: LaunchOptions): Promise<ExtensionBrowser> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alfaone-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    ...(env ? { env: { ...process.env, ...env } } : {}),
    ...(locale ? { locale } : {}),
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  const worker = async () => {
    const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return running ?? (await context.waitForEvent('serviceworker'));
  };
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Stores a key as the options page does after AlfaOne accepted it, without the round trip through the UI. */
export async function storeKey(ext: ExtensionBrowser, key: string): Promise<void> {
  await writeExtensionItems(await ext.worker(), { apiKey: key, keyStatus: connectedStatus(key) });
}
