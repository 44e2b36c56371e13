import { expect, test } from './fixtures';
import { click, waitForText } from './page-actions';

// docs/product.md, Follow up, in Firefox: a lapsed invite's "Invite again" makes exactly one POST through the
// outbox, and its row shows the new invite.

test.describe('Firefox Follow up', () => {
  test('should invite an expired invite again with exactly one POST', async ({ openPage, useKey, sandbox }) => {
    const lapsed = (await sandbox.control.invites()).find((i) => i.status === 'expired')!;
    await useKey('live');
    const popup = await openPage('popup.html');
    await popup.waitForSelector('input[name=assessment]');
    // The index's first sync, read from its own database as the extension's pages can.
    await popup.waitForFunction(
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
      { timeout: 30_000, polling: 250 },
    );
    await sandbox.control.clearRequests();

    await click(popup, 'Follow up');
    const row = `li[data-invite="${lapsed.id}"]`;
    await waitForText(popup, row, new RegExp(String(lapsed.assessmentName).replace(/[()]/g, '\\$&')));
    expect(await sandbox.control.requests()).toEqual([]);
    await popup.locator(`${row} button`).click();

    await waitForText(popup, `${row} [role=status]`, /^Invited again: pending, sent /);
    const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({
      assessmentId: lapsed.assessmentId,
      recipientEmail: lapsed.recipientEmail,
    });
  });
});
