import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { E2E_EXTENSION_DIR } from './config';
import { expect, launchReady, test } from './fixtures';
import { readExtensionItems } from './extension-storage';
import { startStandInSites, type StandInSites } from './stand-in/sites';

// docs/security.md A and B, end to end: what a content script, a web page and another extension can reach.

const MESSAGES: [string, unknown][] = [
  ['getKeyStatus', undefined],
  ['saveApiKey', { apiKey: 'ak_live_ffffffffffffffffffffffffffffffff' }],
  ['removeApiKey', undefined],
  ['switchApiKey', { mode: 'test' }],
  ['recheckApiKey', undefined],
  ['getSettings', undefined],
  ['saveSettings', { baseUrl: 'https://evil.example/api/v1', tier: 'enterprise', inviteDefaults: {} }],
  ['listAssessments', { refresh: true }],
  ['listRecentInvites', {}],
  [
    'sendInvite',
    {
      assessmentId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      email: 'a@example.com',
      options: {},
      confirmDuplicate: true,
    },
  ],
  ['getTabCandidates', { tabId: 1 }],
  ['cancelQueuedInvite', { id: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b' }],
  ['takeFormDraft', undefined],
  ['stealKey', {}],
];

let sites: StandInSites;
let ext: ExtensionBrowser;

test.beforeAll(async () => {
  sites = await startStandInSites();
});
test.afterAll(async () => sites.close());
test.beforeEach(async ({ sandbox }) => {
  await sandbox.control.reset();
  ext = await launchReady({ args: sites.chromiumArgs });
});
test.afterEach(async () => ext.close());

/** Runs code in the content script's isolated world, as the content script (or a compromised renderer) would. */
async function contentScriptWorld(
  page: Page,
): Promise<{ cdp: CDPSession; run: (expression: string) => Promise<unknown> }> {
  const cdp = await ext.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await expect
    .poll(() =>
      contexts.some((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${ext.extensionId}`),
    )
    .toBe(true);
  const world = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${ext.extensionId}`,
  )!;
  const run = async (expression: string) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    return exceptionDetails
      ? { exception: exceptionDetails.exception?.description ?? exceptionDetails.text }
      : result.value;
  };
  return { cdp, run };
}

async function storageSnapshot() {
  const areas = await (
    await ext.worker()
  ).evaluate(async () =>
    JSON.stringify([
      await chrome.storage.local.get(null),
      await chrome.storage.sync.get(null),
      await chrome.storage.session.get(null),
    ]),
  );
  return areas + JSON.stringify(await readExtensionItems(await ext.worker()));
}

test('SEC-1 / MSG-3: every message from a content-script context is refused, with no key material and no side effect', async ({
  sandbox,
}) => {
  const page = await ext.context.newPage();
  await page.goto('https://www.linkedin.com/in/jane-doe-synthetic/');
  const { run } = await contentScriptWorld(page);
  // The content script's own report, in an idle period after load, is no effect of the messages below.
  await expect.poll(async () => (await storageSnapshot()).includes('"candidates:')).toBe(true);
  await sandbox.control.clearRequests();
  const before = await storageSnapshot();

  const answers = (await run(`Promise.all(${JSON.stringify(MESSAGES)}.map(([type, data]) =>
      new Promise((resolve) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, (r) => resolve([type, r ?? null, chrome.runtime.lastError?.message ?? null])))))`)) as [
    string,
    unknown,
    string | null,
  ][];

  expect(answers).toHaveLength(MESSAGES.length);
  for (const [type, response] of answers) {
    if (type === 'stealKey') expect(response).toBeNull();
    else expect(response, type).toMatchObject({ res: { ok: false, error: { kind: 'forbidden' } } });
  }
  expect(JSON.stringify(answers)).not.toMatch(/ak_(live|test)_/);
  expect(JSON.stringify(answers)).not.toContain(SANDBOX_KEYS.live.slice(-8));
  expect(await storageSnapshot()).toBe(before);
  expect(await sandbox.control.requests()).toEqual([]);
});

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** Sends each type as our protocol does, answering [type, response, lastError]. */
const sendEach = (types: unknown[]) => `Promise.all(${JSON.stringify(types)}.map((type) =>
  new Promise((resolve) => chrome.runtime.sendMessage({ id: 1, type, data: { marker: 'echo-me' }, timestamp: Date.now() }, (r) => resolve([type, r ?? null, chrome.runtime.lastError ? 'no answer' : null])))))`;

test('MSG-8: prototype names get the same refusal as an unknown type, from a content script and from an extension page', async ({
  sandbox,
}) => {
  const page = await ext.context.newPage();
  await page.goto('https://github.com/mara-synthetic');
  const { run } = await contentScriptWorld(page);
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await sandbox.control.clearRequests();
  const before = await storageSnapshot();
  const types = [...PROTOTYPE_NAMES, 42, null, 'stealKey'];

  const fromContent = (await run(sendEach(types))) as [string, unknown, string | null][];
  const fromPage = (await options.evaluate(sendEach(types))) as [string, unknown, string | null][];
  // The same wire format reaches a route with a type of the protocol (which refuses the stray payload).
  const [known] = (await options.evaluate(sendEach(['getKeyStatus']))) as [string, unknown][];
  expect(known?.[1]).toMatchObject({ res: { ok: false, error: { kind: 'invalid-input' } } });

  for (const answers of [fromContent, fromPage]) {
    const unknown = answers.find(([type]) => type === 'stealKey')!;
    expect(unknown.slice(1)).toEqual([null, 'no answer']);
    for (const [type, response, error] of answers) expect([type, response, error]).toEqual([type, ...unknown.slice(1)]);
    expect(JSON.stringify(answers)).not.toContain('echo-me');
  }
  expect(await storageSnapshot()).toBe(before);
  expect(await sandbox.control.requests()).toEqual([]);
});

test('SEC-3: a content script cannot read storage.local', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://github.com/mara-synthetic');
  const { run } = await contentScriptWorld(page);

  const actual = await run(
    `chrome.storage.local.get(null).then((v) => JSON.stringify(v), (e) => 'refused: ' + e.message)`,
  );

  expect(actual).toMatch(/^refused: .*not allowed/i);
});

test('MSG-1 / MSG-2: a web page has no channel to the extension', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://www.example.com/contact/');

  const actual = await page.evaluate((id) => {
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    if (!runtime?.sendMessage) return 'no runtime.sendMessage';
    try {
      (runtime.sendMessage as (id: string, m: unknown) => void)(id, {
        type: 'getKeyStatus',
        data: undefined,
      });
      return 'sent';
    } catch (error) {
      return `threw: ${(error as Error).message}`;
    }
  }, ext.extensionId);

  expect(actual).not.toBe('sent');
});

test('MSG-2: another extension cannot message the background', async () => {
  const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'other-extension-'));
  fs.writeFileSync(
    path.join(otherDir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Other', version: '1.0', background: { service_worker: 'sw.js' } }),
  );
  fs.writeFileSync(path.join(otherDir, 'sw.js'), '// probe\n');
  const both = await launchWithExtension({
    extensionDir: `${E2E_EXTENSION_DIR},${otherDir}`,
  });
  try {
    const workerAt = (file: string) => both.context.serviceWorkers().find((w) => w.url().endsWith(file));
    await expect.poll(() => Boolean(workerAt('/sw.js') && workerAt('/background.js')), { timeout: 10_000 }).toBe(true);
    const other = workerAt('/sw.js')!;
    const ourId = new URL(workerAt('/background.js')!.url()).host;

    const actual = await other.evaluate(
      (id) =>
        new Promise<string>((resolve) =>
          chrome.runtime.sendMessage(id, { type: 'getKeyStatus', data: undefined }, (r) =>
            resolve(chrome.runtime.lastError ? `error: ${chrome.runtime.lastError.message}` : JSON.stringify(r)),
          ),
        ),
      ourId,
    );

    expect(actual).toMatch(/^error: /);
  } finally {
    await both.close();
    fs.rmSync(otherDir, { recursive: true, force: true });
  }
});

test('MSG-6: window.postMessage from the page reaches nothing', async ({ sandbox }) => {
  const page = await ext.context.newPage();
  await page.goto('https://www.linkedin.com/in/jane-doe-synthetic/');
  // The content script's own report, and what the background does with it, come first: then storage is still.
  await expect.poll(storageSnapshot).toMatch(/candidates:\d+/);
  let before = await storageSnapshot();
  await expect
    .poll(
      async () => {
        const now = await storageSnapshot();
        const still = now === before;
        before = now;
        return still;
      },
      { intervals: [500] },
    )
    .toBe(true);
  await sandbox.control.clearRequests();

  await page.evaluate(() => {
    for (const type of ['saveApiKey', 'removeApiKey', 'sendInvite', 'reportCandidates']) {
      window.postMessage({ type, data: { apiKey: 'ak_live_evil', candidates: [] } }, '*');
    }
  });
  await page.waitForTimeout(1000);

  expect(await storageSnapshot()).toBe(before);
  expect(await sandbox.control.requests()).toEqual([]);
});

test('MSG-7: markup in an assessment name renders as text', async ({ sandbox }) => {
  const name = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>Senior QA';
  await sandbox.control.addFault({
    method: 'GET',
    path: '/assessments',
    kind: 'status',
    status: 200,
    times: 5,
    body: {
      assessments: [{ id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name, languages: ['en'] }],
      pagination: { page: 1, limit: 100, total: 1, totalPages: 1 },
    },
  });
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);

  await expect(popup.getByRole('radio', { name })).toBeVisible();
  expect(await popup.title()).toBe('AlfaOne Invite');
  expect(await popup.locator('img').count()).toBe(0);
});
