import { SANDBOX_KEYS } from '../sandbox/keys';
import { readExtensionItems } from './extension-storage';
import { expect, test } from './fixtures';
import { isIndexSync } from './sandbox-control';

const UNKNOWN_KEY = 'ak_live_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz';

test.describe('options: the API key', () => {
  for (const [name, key, expected] of [
    ['live', SANDBOX_KEYS.live, /Connected.*Live/],
    ['test', SANDBOX_KEYS.test, /Connected.*Test/],
    ['unknown', UNKNOWN_KEY, /Invalid API key/],
    ['expired', SANDBOX_KEYS.expired, /API key has expired.*Integrations page/],
    ['revoked', SANDBOX_KEYS.revoked, /API key has been revoked.*Integrations page/],
  ] as const) {
    test(`should show the outcome of saving a ${name} key`, async ({ openPage, sandbox }) => {
      const options = await openPage('options.html');
      await sandbox.control.clearRequests();

      await options.getByLabel('API key', { exact: true }).fill(key);
      await options.getByRole('button', { name: 'Save', exact: true }).click();

      await expect(options.getByRole('status')).toHaveText(expected);
      // The key's check; the invite index then starts reading the organization's invites on its own.
      const requests = (await sandbox.control.requests()).filter((r) => !isIndexSync(r));
      expect(requests).toHaveLength(1);
      expect(requests[0]!.apiKey).toBe(key);
    });
  }

  for (const malformed of ['hello', 'sk_live_abc', 'ak_prod_0123456789abcdef0123456789abcdef', 'ak_live_<script>']) {
    test(`should refuse the malformed key "${malformed}" before any request`, async ({ openPage, sandbox }) => {
      const options = await openPage('options.html');
      await sandbox.control.clearRequests();

      await options.getByLabel('API key', { exact: true }).fill(malformed);
      await options.getByRole('button', { name: 'Save', exact: true }).click();

      await expect(options.getByRole('status')).toContainText(/ak_live_|unexpected characters/);
      expect(await sandbox.control.requests()).toEqual([]);
    });
  }

  test('should warn about an unusual length but still verify the key', async ({ openPage, sandbox }) => {
    const options = await openPage('options.html');
    await sandbox.control.clearRequests();

    await options.getByLabel('API key', { exact: true }).fill('ak_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
    await options.getByRole('button', { name: 'Save', exact: true }).click();

    await expect(options.getByRole('status')).toHaveText(/Invalid API key/);
    expect(await sandbox.control.requests()).toHaveLength(1);
  });

  test('SEC-5: after saving, the page never contains the whole key, only its environment and last 4 characters', async ({
    openPage,
    ext,
  }) => {
    const options = await openPage('options.html');
    await options.getByLabel('API key', { exact: true }).fill(SANDBOX_KEYS.live);
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(options.getByRole('status')).toHaveText(
      `Connected — Live key ending in ${SANDBOX_KEYS.live.slice(-4)}.`,
    );

    expect(await options.getByLabel('API key', { exact: true }).inputValue()).toBe('');
    expect(await options.content()).not.toContain(SANDBOX_KEYS.live);
    await options.reload();
    await expect(options.getByRole('status')).toContainText('Connected');
    expect(await options.content()).not.toContain(SANDBOX_KEYS.live.slice(8));
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect(popup.getByRole('button', { name: 'Send invite' })).toBeVisible();
    expect(await popup.content()).not.toContain(SANDBOX_KEYS.live.slice(8));
  });

  test('SEC-2, SEC-3 and SEC-4: the key lives only in the extension’s own storage, never local, sync or session, and travels only in the x-api-key header', async ({
    openPage,
    sw,
    sandbox,
  }) => {
    const options = await openPage('options.html');
    await options.getByLabel('API key', { exact: true }).fill(SANDBOX_KEYS.live);
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(options.getByRole('status')).toContainText('Connected');

    const areas = await (
      await sw()
    ).evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    }));
    expect((await readExtensionItems(await sw())).apiKey).toEqual({ inForce: 'live', live: SANDBOX_KEYS.live });
    expect(JSON.stringify(areas.local)).not.toMatch(/ak_(live|test)_/);
    expect(JSON.stringify(areas.sync)).not.toMatch(/ak_(live|test)_/);
    expect(JSON.stringify(areas.session)).not.toMatch(/ak_(live|test)_/);
    for (const request of await sandbox.control.requests()) {
      expect(request.path + JSON.stringify(request.query)).not.toContain('ak_');
      expect(request.apiKey).toBe(SANDBOX_KEYS.live);
    }
  });

  test('SEC-7: Remove key clears it from the extension’s storage, local, session and sync', async ({
    openPage,
    sw,
  }) => {
    const options = await openPage('options.html');
    await options.getByLabel('API key', { exact: true }).fill(SANDBOX_KEYS.test);
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(options.getByRole('status')).toContainText('Connected');

    await options.getByRole('button', { name: 'Remove key' }).click();

    await expect(options.getByRole('status')).toContainText('Key removed');
    const all = await (
      await sw()
    ).evaluate(async () =>
      JSON.stringify([
        await chrome.storage.local.get(null),
        await chrome.storage.session.get(null),
        await chrome.storage.sync.get(null),
      ]),
    );
    expect(all).not.toMatch(/ak_(live|test)_/);
    expect(JSON.stringify(await readExtensionItems(await sw()))).not.toMatch(/ak_(live|test)_/);
  });

  test('SEC-3: after a key is saved and an invite sent, storage.local holds no key and no candidate address', async ({
    openPage,
    sw,
  }) => {
    const options = await openPage('options.html');
    await options.getByLabel('API key', { exact: true }).fill(SANDBOX_KEYS.live);
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(options.getByRole('status')).toContainText('Connected');
    const popup = await openPage('popup.html');
    await expect(popup.getByRole('radio').first()).toBeVisible();
    await popup.getByRole('radio').first().check();
    await popup.getByRole('textbox', { name: 'Candidate email' }).fill('stored.nowhere@example.com');
    await popup.getByRole('button', { name: 'Send invite' }).click();
    await expect(popup.getByRole('status').filter({ hasText: 'Invite sent' })).toBeVisible();

    // Read from an extension page, which may read storage.local (a content script may not: SEC-3's lock).
    const local = JSON.stringify(await popup.evaluate(() => chrome.storage.local.get(null)));
    expect(local).not.toMatch(/ak_(live|test)_/);
    expect(local).not.toContain('stored.nowhere@example.com');
    const own = JSON.stringify(await readExtensionItems(await sw()));
    expect(own).toContain('stored.nowhere@example.com');
  });

  test('SEC-6: a key AlfaOne later refuses is marked, shown with its fix, and not used again', async ({
    openPage,
    useKey,
    sandbox,
    sw,
  }) => {
    await useKey('revoked');
    const popup = await openPage('popup.html');

    await expect(popup.getByRole('alert')).toContainText('API key has been revoked');
    await expect(popup.getByRole('button', { name: 'Replace API key' })).toBeVisible();
    const badge = await (await sw()).evaluate(() => chrome.action.getBadgeText({}));
    expect(badge).toBe('!');

    await sandbox.control.clearRequests();
    await popup.reload();
    await expect(popup.getByRole('alert')).toContainText('API key has been revoked');
    const options = await openPage('options.html');
    await expect(options.getByRole('status')).toContainText('API key has been revoked');
    expect(await sandbox.control.requests()).toEqual([]);

    // "Check again" asks AlfaOne once more, with the stored key, and says what it answers now.
    await options.getByRole('button', { name: 'Check again' }).click();
    await expect(options.getByRole('status')).toContainText('API key has been revoked');
    expect(await sandbox.control.requests()).toHaveLength(1);
  });

  test('should show a rate limit and a network failure with what to do, and store nothing', async ({
    openPage,
    sandbox,
    sw,
  }) => {
    const options = await openPage('options.html');
    await sandbox.control.addFault({
      method: 'GET',
      path: '/assessments',
      kind: 'status',
      status: 429,
      body: { error: 'Rate limit exceeded. Please try again later.' },
    });
    await options.getByLabel('API key', { exact: true }).fill(SANDBOX_KEYS.live);
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(options.getByRole('status')).toHaveText(
      /Rate limit exceeded\. Please try again later\..*Wait a moment/,
    );

    await sandbox.goOffline();
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(options.getByRole('status')).toHaveText(/Could not reach AlfaOne.*Check your connection/);
    await sandbox.goOnline();

    expect((await readExtensionItems(await sw())).apiKey).toBeUndefined();
  });
});
