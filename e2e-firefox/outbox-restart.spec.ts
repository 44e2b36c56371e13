import { readExtensionItems } from '../e2e/extension-storage';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { expect, test } from './fixtures';
import { BACKGROUND_IDLE_MS } from './config';
import { click, fill, pickAssessment, waitForText } from './page-actions';

// docs/security.md REL-5, REL-8: an invite queued while AlfaOne is unreachable survives the background being
// stopped and started again, and goes out exactly once. The event page is stopped the way Firefox stops it in use:
// idle for `extensions.background.idle.timeout` (made short for the suite). Its new start is seen from outside: each
// start of the background writes the storage-lock check to session storage, which the test removed.

test('an invite queued offline survives a stop and start of the event page, and goes out once', async ({
  openPage,
  useKey,
  sandbox,
  home,
}) => {
  test.setTimeout(150_000);
  await useKey('live');
  const email = 'restart.firefox@example.com';
  const popup = await openPage('popup.html');
  await popup.waitForSelector('input[name=assessment]');
  const { name } = await popup.$eval('input[name=assessment]', (input) => ({
    name: document.querySelector(`label[for="${input.id}"]`)!.textContent!,
  }));
  await fill(popup, '#email', email);
  await pickAssessment(popup, name);

  await sandbox.goOffline();
  await click(popup, 'Send invite');
  await waitForText(popup, 'section, [role=region], [role=status]', new RegExp(email.replace('.', '\\.')));
  await popup.close();
  await home.evaluate(() => chrome.storage.session.remove('storageWall'));

  // Stopped after BACKGROUND_IDLE_MS without events; woken by the outbox alarm (at least 30 s on), which finds the
  // entry in storage and tries again, still offline.
  await expect
    .poll(() => home.evaluate(async () => (await chrome.storage.session.get('storageWall')).storageWall ?? null), {
      timeout: 90_000,
      intervals: [BACKGROUND_IDLE_MS],
    })
    .toBe('not-applicable');
  // Headless Firefox closes a notification as soon as it is shown: listen for either.
  await home.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { notified: string[] }).notified = seen;
    // Firefox's notifications.onShown is not in Chrome's types.
    (chrome.notifications as unknown as { onShown: typeof chrome.notifications.onClosed }).onShown.addListener((id) =>
      seen.push(id),
    );
    chrome.notifications.onClosed.addListener((id) => seen.push(id));
  });
  await sandbox.goOnline();
  await sandbox.control.clearRequests();

  await expect
    .poll(async () => (await sandbox.control.invites()).filter((i) => i.recipientEmail === email).length, {
      timeout: 60_000,
      intervals: [1_000],
    })
    .toBe(1);
  const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
  expect(posts).toHaveLength(1);
  expect(posts[0]!.apiKey).toBe(SANDBOX_KEYS.live);
  const { outbox } = await readExtensionItems(home);
  const entry = (outbox as { id: string; body: { recipientEmail: string }; state: string }[]).find(
    (e) => e.body.recipientEmail === email,
  )!;
  expect(entry.state).toBe('sent');
  // Nobody was watching when it went out: a notification says so.
  await expect
    .poll(async () => [
      ...Object.keys(await home.evaluate(() => chrome.notifications.getAll())),
      ...(await home.evaluate(() => (window as unknown as { notified: string[] }).notified)),
    ])
    .toContain(`sent:${entry.id}`);
});
