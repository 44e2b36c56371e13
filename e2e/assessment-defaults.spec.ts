import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { SandboxFixture } from './sandbox-fixture';

// docs/product.md, Per-assessment defaults: "Remember for {assessment}" keeps the advanced options as that
// assessment's defaults; the next send of that assessment uses them (the POST's body), another assessment's does
// not; options lists them and removes them.

async function sendTo(popup: Page, sandbox: SandboxFixture, assessment: string, email: string) {
  await popup.getByRole('searchbox', { name: 'Search assessments' }).fill(assessment);
  await popup.getByRole('radio', { name: assessment, exact: true }).check();
  await popup.getByRole('textbox', { name: 'Candidate email' }).fill(email);
  await sandbox.control.clearRequests();
  await popup.getByRole('button', { name: 'Send invite' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Invite sent' })).toContainText(email);
  const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
  expect(posts).toHaveLength(1);
  return posts[0]!.body as Record<string, unknown>;
}

test('should remember options for one assessment, use them for its next send only, and remove them in options', async ({
  openPage,
  sandbox,
  useKey,
}) => {
  await useKey('live');
  const popup = await openPage('popup.html');
  const radios = popup.getByRole('radio');
  await expect(radios.nth(1)).toBeVisible();
  const [first, second] = await Promise.all([0, 1].map(async (n) => (await radios.nth(n).getAttribute('id'))!));
  const name = async (id: string) => (await popup.locator(`label[for="${id}"]`).textContent())!;
  const [remembered, other] = [await name(first!), await name(second!)];

  await popup.getByRole('radio', { name: remembered, exact: true }).check();
  await popup.getByText('Advanced options').click();
  await popup.getByRole('spinbutton', { name: 'Replay limit' }).fill('3');
  await popup.getByRole('spinbutton', { name: 'Expires in (days)' }).fill('5');
  await popup.getByRole('button', { name: `Remember for ${remembered}` }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Remembered' })).toBeVisible();

  await popup.reload();
  expect(await sendTo(popup, sandbox, other, 'other.one@example.com')).toEqual({
    assessmentId: expect.any(String),
    recipientEmail: 'other.one@example.com',
  });
  expect(await sendTo(popup, sandbox, remembered, 'remembered.one@example.com')).toMatchObject({
    recipientEmail: 'remembered.one@example.com',
    questionReplayLimit: 3,
    expiresInDays: 5,
  });

  const options = await openPage('options.html');
  const list = options.getByRole('list', { name: 'Per-assessment defaults' });
  await expect(list).toContainText(`${remembered}: 3 replays`);
  await options.getByRole('button', { name: `Remove defaults for ${remembered}` }).click();
  await expect(options.getByText('None yet.')).toBeVisible();

  await popup.reload();
  expect(await sendTo(popup, sandbox, remembered, 'remembered.two@example.com')).toEqual({
    assessmentId: expect.any(String),
    recipientEmail: 'remembered.two@example.com',
  });
});
