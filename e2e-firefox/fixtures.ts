import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { connectedStatus, removeExtensionItems, writeExtensionItems } from '../e2e/extension-storage';
import { sandboxFixture, type SandboxFixture } from '../e2e/sandbox-fixture';
import { launchFirefox, type FirefoxWithAddon } from './firefox';

interface WorkerFixtures {
  sandbox: SandboxFixture;
  firefox: FirefoxWithAddon;
  /** An options page kept open for the suite: the extension context the tests read and write its storage from. */
  home: Page;
}

interface TestFixtures {
  openPage: FirefoxWithAddon['openPage'];
  /** Stores a key as the options page does after AlfaOne accepted it, without the round trip through the UI. */
  useKey: (name: keyof typeof SANDBOX_KEYS) => Promise<void>;
}

const ITEMS = ['apiKey', 'keyStatus', 'settings', 'outbox', 'recentAssessmentIds', 'assessmentsCache'];

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sandbox: sandboxFixture,
  // One Firefox for the whole suite (a cold launch takes 10–15 s); each test starts from empty extension storage.
  firefox: [
    async ({}, use) => {
      const firefox = await launchFirefox();
      await use(firefox);
      await firefox.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  home: [async ({ firefox }, use) => use(await firefox.openPage('options.html')), { scope: 'worker' }],
  openPage: async ({ firefox, home, sandbox }, use) => {
    await sandbox.goOnline();
    await sandbox.control.reset();
    await removeExtensionItems(home, ITEMS);
    await home.evaluate(() => chrome.storage.local.clear());
    const opened: Page[] = [];
    await use(async (file) => {
      const page = await firefox.openPage(file);
      opened.push(page);
      return page;
    });
    await Promise.all(opened.map((p) => p.close().catch(() => undefined)));
  },
  useKey: async ({ home }, use) => {
    await use(async (name) => {
      const key = SANDBOX_KEYS[name];
      await writeExtensionItems(home, { apiKey: key, keyStatus: connectedStatus(key) });
    });
  },
});

export { expect };
