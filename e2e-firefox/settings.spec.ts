import { originPattern } from '@/lib/config/api-base-url';
import { readExtensionItems } from '../e2e/extension-storage';
import { expect, test } from './fixtures';
import { click, fill, hasButton, waitForText } from './page-actions';

test.describe('Firefox options: settings', () => {
  test('should store the tier and invite defaults, and prefill the popup with them', async ({
    openPage,
    useKey,
    home,
  }) => {
    await useKey('live');
    const options = await openPage('options.html');
    await options.waitForSelector('#base-url');
    await options.select('#tier', 'enterprise');
    await fill(options, '#default-questionReplayLimit', '3');
    await click(options, 'Save settings');

    await waitForText(options, 'p', /Settings saved\./);
    expect((await readExtensionItems(home)).settings).toMatchObject({
      tier: 'enterprise',
      inviteDefaults: { questionReplayLimit: 3 },
    });
    const popup = await openPage('popup.html');
    await popup.waitForSelector('input[name=assessment]');
    // The saved first view (lib/storage/first-paint-view.ts) is inert until React replaces it: click the live form.
    await popup.waitForSelector('#root > :not([inert])');
    // The advanced options load when they are opened (the popup's first view does without them).
    // In the suite's 800×600 window the summary sits under the sticky send bar: a pointer click there lands on
    // the bar, so the summary is clicked itself.
    await popup.$eval('details.advanced summary', (summary) => (summary as HTMLElement).click());
    await popup.waitForSelector('#invite-questionReplayLimit');
    expect(await popup.$eval('#invite-questionReplayLimit', (input) => (input as HTMLInputElement).value)).toBe('3');
  });

  test('PERM-2: with access to the API origin revoked, options and popup offer to grant it and nothing is sent', async ({
    openPage,
    useKey,
    sandbox,
    home,
  }) => {
    await useKey('live');
    const { settings } = await readExtensionItems(home);
    const baseUrl = (settings as { baseUrl?: string } | undefined)?.baseUrl ?? sandbox.baseUrl;
    // Firefox lets the user take back any host permission of a Manifest V3 add-on.
    expect(
      await home.evaluate((origin) => chrome.permissions.remove({ origins: [origin] }), originPattern(baseUrl)),
    ).toBe(true);
    await sandbox.control.clearRequests();

    const popup = await openPage('popup.html');
    await waitForText(popup, '[role=alert]', /not allowed to reach the AlfaOne API/);
    expect(await hasButton(popup, 'Grant access')).toBe(true);
    const options = await openPage('options.html');
    await waitForText(options, '[role=alert]', /not allowed to reach the AlfaOne API/);
    expect(await sandbox.control.requests()).toEqual([]);

    // The click is a user gesture; the suite's Firefox grants without its prompt (firefox.ts).
    await click(options, 'Grant access');
    await options.waitForFunction(() => !document.querySelector('[role=alert]'), { polling: 100 });
    expect(
      await home.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), originPattern(baseUrl)),
    ).toBe(true);
  });

  test('PERM-2: access granted again starts the invite index sync that waited for it', async ({
    openPage,
    useKey,
    sandbox,
    home,
  }) => {
    const origin = originPattern(sandbox.baseUrl);
    expect(await home.evaluate((o) => chrome.permissions.remove({ origins: [o] }), origin)).toBe(true);
    try {
      await useKey('live');
      // An index left by an earlier test is emptied, so the sync has a whole first run to make (it cannot, yet).
      await home.evaluate(() => chrome.runtime.sendMessage({ type: 'clearLocalInviteData', timestamp: Date.now() }));
      await sandbox.control.clearRequests();
      // The first run's reads (lib/invite-index/sync-step.ts): every invite, oldest first.
      const firstSyncReads = async () =>
        (await sandbox.control.requests()).filter(
          (r) =>
            r.method === 'GET' && r.path.endsWith('/invites') && r.query.sort === 'sent_at' && r.query.order === 'asc',
        ).length;

      const options = await openPage('options.html');
      await waitForText(options, '[role=alert]', /not allowed to reach the AlfaOne API/);
      expect(await firstSyncReads()).toBe(0);

      await click(options, 'Grant access');

      await expect.poll(firstSyncReads, { timeout: 15_000 }).toBeGreaterThan(0);
    } finally {
      // One Firefox serves the whole suite: never leave it without access (a grant needs a click on a page).
      if (!(await home.evaluate((o) => chrome.permissions.contains({ origins: [o] }), origin))) {
        await click(await openPage('options.html'), 'Grant access');
      }
    }
  });
});
