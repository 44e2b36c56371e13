import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { SandboxFixture } from './sandbox-fixture';
import { writeExtensionItems } from './extension-storage';

// docs/product.md, Follow up: the organization's invites from the local index, grouped; opening the view asks
// AlfaOne nothing; a lapsed invite can be invited again, once, and its row then shows the new invite.

/** The index's first sync finished (read from its own database, as the extension's pages can). */
async function indexReady(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('alfaone-invite-index');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('meta')) return resolve(false);
          const read = db.transaction('meta').objectStore('meta').get('sync');
          read.onsuccess = () => resolve((read.result as { phase?: string } | undefined)?.phase === 'ready');
          read.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      }),
  );
}

/** The popup with the index synced and its own start-up requests done: what follows is the view's doing. */
async function popupSettled(openPage: (file: 'popup.html') => Promise<Page>, sandbox: SandboxFixture) {
  const popup = await openPage('popup.html');
  await expect.poll(() => indexReady(popup), { timeout: 30_000 }).toBe(true);
  await expect(popup.getByRole('radio').first()).toBeVisible();
  await popup.waitForLoadState('networkidle');
  await sandbox.control.clearRequests();
  return popup;
}

test.describe('Follow up', () => {
  test('should group the index by what candidates did, with no request, and search it', async ({
    openPage,
    sandbox,
    useKey,
  }) => {
    const invites = await sandbox.control.invites();
    const count = (status: string) => invites.filter((i) => i.status === status).length;
    await useKey('live');
    const popup = await popupSettled(openPage, sandbox);

    await popup.getByRole('tab', { name: 'Follow up' }).click();

    const heading = (name: string) => popup.getByRole('heading', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
    await expect(heading('Completed')).toHaveText(`Completed (${count('completed')})`);
    await expect(heading('Started')).toHaveText(`Started (${count('started')})`);
    await expect(heading('Accepted')).toHaveText(`Accepted (${count('accepted')})`);
    for (const name of ['Not started', 'Expiring soon', 'Expired']) await expect(heading(name)).toBeVisible();
    const completed = popup.getByRole('list', { name: 'Completed' }).getByRole('listitem');
    await expect(completed).toHaveCount(count('completed'));
    await expect(completed.first()).toContainText(/Completed \w{3} \d+, \d{4}/);
    // Opening the view asked AlfaOne nothing.
    await popup.waitForTimeout(500);
    expect(await sandbox.control.requests()).toEqual([]);

    const someone = invites.find((i) => i.status === 'completed')!;
    await popup.getByRole('searchbox', { name: 'Search invites' }).fill(String(someone.recipientName));
    await expect(heading('Completed')).toHaveText(/^Completed \([1-9]\d*\)$/);
    await expect(completed.first()).toContainText(String(someone.recipientName));
    expect(await sandbox.control.requests()).toEqual([]);
  });

  test('should invite an expired invite again with exactly one POST, and show the new invite in its row', async ({
    openPage,
    sandbox,
    useKey,
  }) => {
    const invites = await sandbox.control.invites();
    const lapsed = invites.find((i) => i.status === 'expired')!;
    await useKey('live');
    const popup = await popupSettled(openPage, sandbox);
    await popup.getByRole('tab', { name: 'Follow up' }).click();
    const row = popup.locator(`li[data-invite="${lapsed.id}"]`);
    await expect(row).toContainText(String(lapsed.assessmentName));

    await row.getByRole('button', { name: 'Invite again' }).click();

    await expect(row.getByRole('status')).toHaveText(/^Invited again: pending, sent \w{3} \d+, \d{4}$/);
    const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({
      assessmentId: lapsed.assessmentId,
      recipientEmail: lapsed.recipientEmail,
      recipientName: lapsed.recipientName,
    });
    // The index has the new invite: the view opened again shows it on the lapsed invite's row, and no button.
    await popup.reload();
    await popup.getByRole('tab', { name: 'Follow up' }).click();
    await expect(row.getByRole('status')).toHaveText(/^Invited again: pending/);
    await expect(row.getByRole('button', { name: 'Invite again' })).toHaveCount(0);
    expect((await sandbox.control.requests()).filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('should tell the completion of an invite sent from the popup, then show it under Completed with no request', async ({
    ext,
    openPage,
    sandbox,
    useKey,
  }) => {
    test.setTimeout(90_000);
    await useKey('live');
    const popup = await popupSettled(openPage, sandbox);
    // The notifications the worker raises, as it raises them (the API reads back only their ids).
    const recordNotifications = () =>
      ext.worker().then((worker) =>
        worker.evaluate(() => {
          const seen: { id: string; title: string }[] = [];
          (globalThis as { shown?: typeof seen }).shown = seen;
          for (const api of new Set([
            chrome.notifications,
            (globalThis as { browser?: typeof chrome }).browser?.notifications,
          ])) {
            if (!api) continue;
            const create = api.create.bind(api) as (...args: unknown[]) => unknown;
            (api as { create: unknown }).create = (id: string, options: { title: string }, ...rest: unknown[]) => {
              seen.push({ id, title: options.title });
              return create(id, options, ...rest);
            };
          }
        }),
      );
    await recordNotifications();
    await popup.getByRole('textbox', { name: 'Candidate email' }).fill('finisher@example.com');
    await popup.getByRole('textbox', { name: 'Candidate name' }).fill('Fran Finisher');
    const assessment = (await popup.getByRole('radio').first().getAttribute('id'))!;
    const assessmentName = (await popup.locator(`label[for="${assessment}"]`).textContent())!;
    await popup.getByRole('radio').first().check();
    await popup.getByRole('button', { name: 'Send invite' }).click();
    await expect(popup.getByRole('status').filter({ hasText: 'Invite sent' })).toBeVisible();
    const sent = (await sandbox.control.invites()).find((i) => i.recipientEmail === 'finisher@example.com')!;

    // The candidate completes it in AlfaOne; the live refresh (its period shortened for this test) sees it.
    await writeExtensionItems(await ext.worker(), { testLiveRefreshMs: 3_000 });
    await sandbox.control.setInviteStatus(String(sent.id), 'completed');

    const worker = await ext.worker();
    await expect
      .poll(() => worker.evaluate(() => chrome.notifications.getAll()), { timeout: 60_000 })
      .toHaveProperty(['follow:completed']);
    const shown = await worker.evaluate(() => (globalThis as { shown?: { id: string; title: string }[] }).shown);
    expect(shown).toContainEqual({ id: 'follow:completed', title: `Completed: Fran Finisher — ${assessmentName}` });

    // Back to the normal period; what the refresh had under way settles before the view is opened.
    await writeExtensionItems(worker, { testLiveRefreshMs: null });
    await popup.waitForTimeout(1_000);
    await sandbox.control.clearRequests();
    await popup.getByRole('tab', { name: 'Follow up' }).click();

    const completed = popup.getByRole('list', { name: 'Completed' }).getByRole('listitem');
    await expect(completed.first()).toContainText('Fran Finisher — finisher@example.com');
    await expect(completed.first()).toContainText(assessmentName);
    await popup.waitForTimeout(500);
    expect(await sandbox.control.requests()).toEqual([]);
  });
  test("should open on Follow up at a notification's group, with that view first and never the form", async ({
    ext,
    openPage,
    sandbox,
    useKey,
  }) => {
    await useKey('live');
    // The form opened once: a plain open would now start from its copy (and its saved view).
    await (await popupSettled(openPage, sandbox)).close();
    await ext.context.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('#root form, #root [inert]')) (window as { formSeen?: boolean }).formSeen = true;
      }).observe(document, { childList: true, subtree: true });
    });

    // What a notification's click opens (background/open-form.ts).
    const follow = await openPage('popup.html?view=follow&group=expired');

    await expect(follow.getByRole('tab', { name: 'Follow up' })).toHaveAttribute('aria-selected', 'true');
    await expect(follow.getByRole('heading', { name: /^Expired \(\d+\)$/ })).toBeFocused();
    expect(await follow.evaluate(() => (window as { formSeen?: boolean }).formSeen ?? false)).toBe(false);
  });
});
