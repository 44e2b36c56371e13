import { readExtensionItems, writeExtensionItems } from './extension-storage';
import { API_INVITE_DEFAULTS } from '@/lib/api/invite-limits';
import { expect, test } from './fixtures';

test.describe('options: settings', () => {
  test('should store the tier and invite defaults, and prefill the popup with them', async ({
    openPage,
    useKey,
    sw,
  }) => {
    await useKey('live');
    const options = await openPage('options.html');
    await options.getByLabel('Rate-limit tier').selectOption('enterprise');
    await options.getByRole('spinbutton', { name: 'Replay limit' }).fill('3');
    await options.getByRole('spinbutton', { name: 'Expires in (days)' }).fill('14');
    await options.getByRole('checkbox', { name: 'Require ID capture' }).uncheck();

    await options.getByRole('button', { name: 'Save settings' }).click();

    await expect(options.getByText('Settings saved.')).toBeVisible();
    const stored = await readExtensionItems(await sw());
    expect(stored.settings).toMatchObject({
      tier: 'enterprise',
      inviteDefaults: { questionReplayLimit: 3, expiresInDays: 14, proctoringSettings: { requireIdCapture: false } },
    });
    const popup = await openPage('popup.html');
    await popup.getByText('Advanced options').click();
    await expect(popup.getByRole('spinbutton', { name: 'Replay limit' })).toHaveValue('3');
    await expect(popup.getByRole('checkbox', { name: 'Require ID capture' })).not.toBeChecked();
  });

  test('an open popup takes invite defaults changed in the options at once, and keeps them for its next first paint', async ({
    openPage,
    useKey,
  }) => {
    await useKey('live');
    const popup = await openPage('popup.html');
    await popup.getByText('Advanced options').click();
    await expect(popup.getByRole('spinbutton', { name: 'Replay limit' })).toHaveValue('1');
    const options = await openPage('options.html');
    await options.getByRole('spinbutton', { name: 'Replay limit' }).fill('4');

    await options.getByRole('button', { name: 'Save settings' }).click();

    await expect(options.getByText('Settings saved.')).toBeVisible();
    await expect(popup.getByRole('spinbutton', { name: 'Replay limit' })).toHaveValue('4');
    // The copy for the next first paint (dropped by the options page's save) is written again with the new
    // defaults, not the ones the popup read at start.
    await expect
      .poll(() =>
        popup.evaluate(
          () =>
            (
              JSON.parse(localStorage.getItem('alfaone-invite:first-paint') ?? 'null') as {
                copy?: { inviteDefaults?: { questionReplayLimit?: number } };
              } | null
            )?.copy?.inviteDefaults?.questionReplayLimit,
        ),
      )
      .toBe(4);
  });

  test('should refuse an invalid default at the field, and keep the stored settings', async ({ openPage, sw }) => {
    const options = await openPage('options.html');
    const expiry = options.getByRole('spinbutton', { name: 'Expires in (days)' });
    await expiry.fill('0');

    await options.getByRole('button', { name: 'Save settings' }).click();

    expect(await expiry.evaluate((input: HTMLInputElement) => input.validity.rangeUnderflow)).toBe(true);
    await expect(options.getByText('Settings saved.')).toHaveCount(0);
    expect((await readExtensionItems(await sw())).settings).toBeUndefined();
  });

  test('PERM-2: without access to the chosen API origin, the popup offers to grant it and sends nothing', async ({
    openPage,
    useKey,
    sw,
    sandbox,
  }) => {
    await useKey('live');
    await writeExtensionItems(await sw(), {
      settings: {
        baseUrl: 'https://api.alfaone.com/api/v1',
        tier: 'standard',
        inviteDefaults: API_INVITE_DEFAULTS,
      },
    });
    await sandbox.control.clearRequests();

    const popup = await openPage('popup.html');

    await expect(popup.getByRole('alert')).toContainText('not allowed to reach the AlfaOne API');
    await expect(popup.getByRole('button', { name: 'Grant access' })).toBeVisible();
    expect(await sandbox.control.requests()).toEqual([]);
  });
});
