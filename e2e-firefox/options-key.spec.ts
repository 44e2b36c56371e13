import { SANDBOX_KEYS } from '../sandbox/keys';
import { isIndexSync } from '../e2e/sandbox-control';
import { expect, test } from './fixtures';
import { click, fill, waitForText } from './page-actions';

// Each key state through the options page, in Firefox, against the sandbox.

const REQUIRED = {
  method: 'GET',
  path: '/assessments',
  kind: 'status',
  status: 401,
  body: { error: 'API key is required' },
};

test.describe('Firefox options: the API key', () => {
  for (const [name, key, expected, fault] of [
    ['live', SANDBOX_KEYS.live, /Connected — Live key ending in/, undefined],
    ['test', SANDBOX_KEYS.test, /Connected — Test key ending in/, undefined],
    ['unknown', 'ak_live_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', /Invalid API key/, undefined],
    ['expired', SANDBOX_KEYS.expired, /API key has expired.*Integrations page/, undefined],
    ['revoked', SANDBOX_KEYS.revoked, /API key has been revoked.*Integrations page/, undefined],
    ['refused as missing', SANDBOX_KEYS.live, /API key is required/, REQUIRED],
  ] as const) {
    test(`should show the outcome of saving a ${name} key, with one request`, async ({ openPage, sandbox }) => {
      const options = await openPage('options.html');
      if (fault) await sandbox.control.addFault(fault);
      await sandbox.control.clearRequests();

      await fill(options, '#api-key', key);
      await click(options, 'Save');

      await waitForText(options, '[role=status]', expected);
      // The key's check; the invite index then starts reading the organization's invites on its own.
      const requests = (await sandbox.control.requests()).filter((r) => !isIndexSync(r));
      expect(requests).toHaveLength(1);
      expect(requests[0]!.apiKey).toBe(key);
    });
  }

  for (const malformed of ['hello', 'sk_live_abc', 'ak_live_<script>']) {
    test(`should refuse the malformed key "${malformed}" before any request`, async ({ openPage, sandbox }) => {
      const options = await openPage('options.html');
      await sandbox.control.clearRequests();

      await fill(options, '#api-key', malformed);
      await click(options, 'Save');

      await waitForText(options, '[role=status]', /ak_live_|unexpected characters/);
      expect(await sandbox.control.requests()).toEqual([]);
    });
  }

  test('SEC-7: Remove key leaves no key in any storage area', async ({ openPage }) => {
    const options = await openPage('options.html');
    await fill(options, '#api-key', SANDBOX_KEYS.test);
    await click(options, 'Save');
    await waitForText(options, '[role=status]', /Connected/);

    await click(options, 'Remove key');

    await waitForText(options, '[role=status]', /Key removed/);
    const areas = await options.evaluate(async () =>
      JSON.stringify([
        await chrome.storage.local.get(null),
        await chrome.storage.session.get(null),
        await chrome.storage.sync.get(null),
      ]),
    );
    expect(areas).not.toMatch(/ak_(live|test)_/);
  });
});
