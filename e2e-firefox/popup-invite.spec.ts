import { SANDBOX_KEYS } from '../sandbox/keys';
import { readExtensionItems } from '../e2e/extension-storage';
import { expect, test } from './fixtures';
import { click, fill, pickAssessment, waitForText } from './page-actions';

// The popup page (opened in a tab: same code, same background) sends invites in Firefox, against the sandbox.

async function firstAssessment(baseUrl: string): Promise<{ id: string; name: string }> {
  const response = await fetch(`${baseUrl}/assessments?limit=1`, { headers: { 'x-api-key': SANDBOX_KEYS.live } });
  return ((await response.json()) as { assessments: { id: string; name: string }[] }).assessments[0]!;
}

test.describe('Firefox popup: send an invite', () => {
  test('should send exactly one invite, then list it under Recent invites', async ({ openPage, useKey, sandbox }) => {
    await useKey('live');
    const target = await firstAssessment(sandbox.baseUrl);
    const popup = await openPage('popup.html');
    await popup.waitForSelector('input[name=assessment]');
    await sandbox.control.clearRequests();

    await fill(popup, '#email', 'firefox.candidate@example.com');
    await fill(popup, '#name', 'Firefox Candidate');
    await pickAssessment(popup, target.name);
    await click(popup, 'Send invite');

    await waitForText(
      popup,
      '[role=status]',
      new RegExp(`Invite sent to firefox\\.candidate@example\\.com for ${target.name}`),
    );
    const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toEqual({
      assessmentId: target.id,
      recipientEmail: 'firefox.candidate@example.com',
      recipientName: 'Firefox Candidate',
    });

    await click(popup, 'Recent invites');
    const row = await waitForText(popup, 'li', /firefox\.candidate@example\.com/);
    expect(row).toContain('Pending');
    expect(row).toContain(target.name);
  });

  test('should show the existing invite on a second send and create nothing', async ({ openPage, useKey, sandbox }) => {
    await useKey('live');
    const target = await firstAssessment(sandbox.baseUrl);
    const popup = await openPage('popup.html');
    await popup.waitForSelector('input[name=assessment]');
    await fill(popup, '#email', 'twice.firefox@example.com');
    await pickAssessment(popup, target.name);
    await click(popup, 'Send invite');
    await waitForText(popup, '[role=status]', /Invite sent/);
    await sandbox.control.clearRequests();

    await fill(popup, '#email', 'Twice.Firefox@Example.com');
    await click(popup, 'Send invite');

    const notice = await waitForText(popup, '[role=alert]', /already invited/);
    expect(notice).toContain('pending, sent');
    expect((await sandbox.control.requests()).filter((r) => r.method === 'POST')).toEqual([]);
    const invites = await sandbox.control.invites();
    expect(invites.filter((i) => String(i.recipientEmail).toLowerCase() === 'twice.firefox@example.com')).toHaveLength(
      1,
    );
  });

  test('SEC-3: after a key is saved and an invite sent, storage.local holds no key and no candidate address', async ({
    openPage,
    sandbox,
  }) => {
    const options = await openPage('options.html');
    await fill(options, '#api-key', SANDBOX_KEYS.live);
    await click(options, 'Save');
    await waitForText(options, '[role=status]', /Connected/);
    const target = await firstAssessment(sandbox.baseUrl);
    const popup = await openPage('popup.html');
    await popup.waitForSelector('input[name=assessment]');
    await fill(popup, '#email', 'nowhere.local@example.com');
    await pickAssessment(popup, target.name);
    await click(popup, 'Send invite');
    await waitForText(popup, '[role=status]', /Invite sent/);

    // Firefox has no lock for storage.local: every content script of ours could read what is there.
    const local = JSON.stringify(await popup.evaluate(() => chrome.storage.local.get(null)));
    expect(local).not.toMatch(/ak_(live|test)_/);
    expect(local).not.toContain('nowhere.local@example.com');
    // Both are in the extension's own IndexedDB, which no content script reaches.
    const own = JSON.stringify(await readExtensionItems(popup));
    expect(own).toContain(SANDBOX_KEYS.live);
    expect(own).toContain('nowhere.local@example.com');
  });
});
