import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { expect, test } from './fixtures';

// docs/product.md, Keys: a live and a test key saved at once, one in force, shown on every surface; the popup
// switches with one button, and the next invite goes out with the key switched to.

const LIVE4 = SANDBOX_KEYS.live.slice(-4);
const TEST4 = SANDBOX_KEYS.test.slice(-4);

async function saveKey(options: Page, key: string, expected: RegExp) {
  await options.getByLabel('API key', { exact: true }).fill(key);
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByRole('status')).toHaveText(expected);
}

async function saveBoth(options: Page) {
  await saveKey(options, SANDBOX_KEYS.live, /Connected — Live key ending in/);
  await saveKey(options, SANDBOX_KEYS.test, /Connected — Test key ending in/);
}

async function axeViolations(page: Page): Promise<string[]> {
  const axe = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axe);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
    ).axe.run();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

test.describe('two keys: live and test', () => {
  test('should keep a live then a test key, each shown by its last 4 characters, the test one in force', async ({
    openPage,
  }) => {
    const options = await openPage('options.html');

    await saveBoth(options);

    const saved = options.getByRole('list', { name: 'Saved keys' });
    await expect(saved.getByRole('listitem')).toHaveCount(2);
    await expect(saved).toContainText(`Test key ····${TEST4}`);
    await expect(saved).toContainText(`Live key ····${LIVE4}`);
    await expect(saved.getByRole('listitem').filter({ hasText: 'Test key' })).toContainText('in force');
    await expect(saved.getByRole('button', { name: 'Use the live key' })).toBeVisible();
    expect(await options.content()).not.toContain(SANDBOX_KEYS.test.slice(8));
    expect(await options.content()).not.toContain(SANDBOX_KEYS.live.slice(8));
  });

  test('should show the environment in force in the popup, and send the next invite with the test key after "Switch to test"', async ({
    openPage,
    sandbox,
    ext,
  }) => {
    const options = await openPage('options.html');
    await saveBoth(options);
    await options.getByRole('button', { name: 'Use the live key' }).click();
    await expect(options.getByRole('status')).toHaveText(`Connected — Live key ending in ${LIVE4}.`);

    const popup = await openPage('popup.html');
    await expect(popup.getByText('Live', { exact: true })).toBeVisible();
    await expect(popup.getByRole('radio').first()).toBeVisible();

    await popup.getByRole('button', { name: 'Switch to test' }).click();

    await expect(popup.getByText('Test', { exact: true })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Switch to live' })).toBeVisible();
    // The options page follows: the test key is in force there too; so does the toolbar button's title.
    await expect(options.getByRole('status')).toHaveText(`Connected — Test key ending in ${TEST4}.`);
    const worker = await ext.worker();
    await expect
      .poll(() => worker.evaluate(() => chrome.action.getTitle({})))
      .toBe('AlfaOne Invite — test key in force');
    await sandbox.control.clearRequests();
    await expect(popup.getByRole('radio').first()).toBeVisible();
    await popup.getByRole('radio').first().check();
    await popup.getByRole('textbox', { name: 'Candidate email' }).fill('switched.to.test@example.com');
    await popup.getByRole('button', { name: 'Send invite' }).click();

    await expect(popup.getByRole('status').filter({ hasText: 'Invite sent' })).toContainText(
      'switched.to.test@example.com',
    );
    const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.apiKey)).toEqual([SANDBOX_KEYS.test]);
  });

  test('should remove the key not in force and keep the one in force', async ({ openPage }) => {
    const options = await openPage('options.html');
    await saveBoth(options);

    await options.getByRole('button', { name: 'Remove live key' }).click();

    await expect(options.getByRole('status')).toHaveText(
      `The live key was removed from this browser. Connected — Test key ending in ${TEST4}.`,
    );
    await expect(options.getByRole('list', { name: 'Saved keys' }).getByRole('listitem')).toHaveCount(1);
    const popup = await openPage('popup.html');
    await expect(popup.getByText('Test', { exact: true })).toBeVisible();
    await expect(popup.getByRole('radio').first()).toBeVisible();
    await expect(popup.getByRole('button', { name: /Switch to/ })).toHaveCount(0);
  });

  test('"Remove key" removes the key in force and brings the other one into force', async ({ openPage }) => {
    const options = await openPage('options.html');
    await saveBoth(options);

    await options.getByRole('button', { name: 'Remove key' }).click();

    await expect(options.getByRole('status')).toHaveText(
      `Key removed from this browser. Connected — Live key ending in ${LIVE4}.`,
    );
    await expect(options.getByRole('list', { name: 'Saved keys' })).toContainText(`Live key ····${LIVE4}`);
    await expect(options.getByRole('list', { name: 'Saved keys' })).not.toContainText('Test key');
  });

  test('should mark the test environment without accessibility violations, in light and dark', async ({ openPage }) => {
    const options = await openPage('options.html');
    await saveBoth(options);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(options), `options, ${scheme}`).toEqual([]);
      const popup = await openPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await expect(popup.getByRole('radio').first()).toBeVisible();
      expect(await axeViolations(popup), `popup, ${scheme}`).toEqual([]);
      await popup.close();
    }
  });

  test('should show "Test" on the side panel and the bulk page while the test key is in force, "Live" after switching', async ({
    ext,
    openPage,
  }) => {
    const options = await openPage('options.html');
    await saveBoth(options);
    const open = async (file: string) => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${file}`);
      return page;
    };
    const panel = await open('sidepanel.html');
    const bulk = await open('bulk.html');
    await expect(panel.getByText('Test', { exact: true })).toBeVisible();
    await expect(bulk.getByText('Test', { exact: true })).toBeVisible();

    await options.getByRole('button', { name: 'Use the live key' }).click();

    // Open surfaces follow the switch made elsewhere.
    await expect(panel.getByText('Live', { exact: true })).toBeVisible();
    await expect(bulk.getByText('Live', { exact: true })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Switch to test' })).toBeVisible();
    // The bulk page's list is read again for the key now in force (the sandbox's two keys share one organization).
    await expect.poll(() => bulk.getByRole('radio').count()).toBeGreaterThan(1);
  });
});
