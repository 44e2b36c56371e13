import type { Page } from '@playwright/test';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { expect, test } from './fixtures';
import { readExtensionItems } from './extension-storage';
import type { SandboxControl } from './sandbox-control';

// security.md REL-1…REL-9 against the sandbox's fault injection: whatever fails, each request ends as exactly
// one invite, and the popup says where it stands.

async function target(baseUrl: string): Promise<{ id: string; name: string }> {
  const response = await fetch(`${baseUrl}/assessments?limit=1`, { headers: { 'x-api-key': SANDBOX_KEYS.test } });
  return ((await response.json()) as { assessments: { id: string; name: string }[] }).assessments[0]!;
}

async function fillForm(popup: Page, email: string, assessmentName: string) {
  await popup.getByRole('textbox', { name: 'Candidate email' }).fill(email);
  await popup.getByRole('searchbox', { name: 'Search assessments' }).fill(assessmentName);
  await popup.getByRole('radio', { name: assessmentName, exact: true }).check();
}

async function invitesTo(control: SandboxControl, email: string) {
  return (await control.invites()).filter((i) => String(i.recipientEmail).toLowerCase() === email);
}

/** Sends with AlfaOne unreachable, and waits for the popup to list the invite as waiting. */
async function sendWhileOffline(popup: Page, sandbox: { baseUrl: string; goOffline: () => Promise<void> }, email: string) {
  const assessment = await target(sandbox.baseUrl);
  await fillForm(popup, email, assessment.name);
  await sandbox.goOffline();
  await popup.getByRole('button', { name: 'Send invite' }).click();
  const waiting = popup.getByRole('region', { name: 'Waiting to send' });
  await expect(waiting).toContainText(email, { timeout: 15_000 });
  return { popup, waiting };
}

const sent = (popup: Page) => popup.getByRole('status').filter({ hasText: 'Invite sent' });

test.describe('exactly one invite per request, whatever fails', () => {
  test.beforeEach(async ({ useKey }) => useKey('live'));

  for (const [name, fault] of [
    ['a 500 before the invite was created', { kind: 'status', status: 500, when: 'before' }],
    ['a 500 after the invite was created', { kind: 'status', status: 500, when: 'after' }],
    ['a connection dropped before the invite was created', { kind: 'drop', when: 'before' }],
    ['a connection dropped after the invite was created', { kind: 'drop', when: 'after' }],
    ['a 429 with Retry-After', { kind: 'status', status: 429, headers: { 'Retry-After': '2' }, body: { error: 'Rate limit exceeded. Please try again later.' } }],
  ] as const) {
    test(`should end with one invite after ${name}`, async ({ openPage, sandbox }) => {
      const assessment = await target(sandbox.baseUrl);
      const email = `fault.${name.replace(/\W+/g, '-')}@example.com`.toLowerCase();
      const popup = await openPage('popup.html');
      await fillForm(popup, email, assessment.name);
      await sandbox.control.addFault({ method: 'POST', path: '/invites', ...fault });

      await popup.getByRole('button', { name: 'Send invite' }).click();

      await expect(sent(popup)).toContainText(email, { timeout: 20_000 });
      expect(await invitesTo(sandbox.control, email)).toHaveLength(1);
      const log = (await sandbox.control.requests()).filter((r) => r.path.endsWith('/invites'));
      if (name.includes('after')) {
        // Reconciled with GET /invites and never POSTed again (the browser itself may resend a dropped POST once
        // on a reused connection, security.md REL-5a: AlfaOne answers that one with 409).
        const reconcile = log.findIndex((r) => r.method === 'GET' && r.query.status === 'pending');
        expect(reconcile).toBeGreaterThan(-1);
        expect(log.slice(reconcile).filter((r) => r.method === 'POST')).toEqual([]);
      }
      if (name.includes('429')) {
        const posts = log.filter((r) => r.method === 'POST');
        expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(2000);
      }
    });
  }

  test('should reconcile a POST that outlived the client timeout, and show it queued meanwhile', async ({ openPage, sandbox }) => {
    test.setTimeout(90_000);
    const assessment = await target(sandbox.baseUrl);
    const email = 'slow.server@example.com';
    const popup = await openPage('popup.html');
    await fillForm(popup, email, assessment.name);
    await sandbox.control.addFault({ method: 'POST', path: '/invites', kind: 'delay', delayMs: 24_000 });

    await popup.getByRole('button', { name: 'Send invite' }).click();

    await expect(popup.getByText('Queued: the invite')).toBeVisible({ timeout: 15_000 });
    await expect(popup.getByRole('region', { name: 'Waiting to send' })).toContainText(email);
    await expect(sent(popup)).toBeVisible({ timeout: 45_000 });
    await expect.poll(() => invitesTo(sandbox.control, email).then((i) => i.length), { timeout: 15_000, intervals: [1000] }).toBe(1);
    await popup.waitForTimeout(5_000);
    expect(await invitesTo(sandbox.control, email)).toHaveLength(1);
  });

  test('should finish a send the worker was stopped in the middle of', async ({ openPage, sandbox, ext }) => {
    const assessment = await target(sandbox.baseUrl);
    const email = 'worker.stopped@example.com';
    const popup = await openPage('popup.html');
    await fillForm(popup, email, assessment.name);
    await sandbox.control.addFault({ method: 'POST', path: '/invites', kind: 'delay', delayMs: 3_000 });

    await popup.getByRole('button', { name: 'Send invite' }).click();
    await expect.poll(async () => (await sandbox.control.requests()).some((r) => r.method === 'POST')).toBe(true);
    const cdp = await ext.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    await expect(popup.getByRole('region', { name: 'Waiting to send' })).toContainText(email);
    const reopened = await openPage('popup.html');
    await expect(reopened.getByRole('region', { name: 'Waiting to send' })).toHaveCount(0, { timeout: 20_000 });
    expect(await invitesTo(sandbox.control, email)).toHaveLength(1);
    const { outbox } = await readExtensionItems(await ext.worker());
    expect((outbox as { body: { recipientEmail: string }; state: string }[]).find((e) => e.body.recipientEmail === email)?.state).toBe('sent');
  });

  test('should queue while offline, show the next attempt, and send once when back online', async ({ openPage, sandbox }) => {
    test.setTimeout(90_000);
    const email = 'offline@example.com';
    const { popup, waiting } = await sendWhileOffline(await openPage('popup.html'), sandbox, email);
    await expect(waiting).toContainText(/Queued, next attempt at \d/);
    await expect(waiting).toContainText('Could not reach AlfaOne');

    await sandbox.goOnline();

    await expect(waiting).toHaveCount(0, { timeout: 60_000 });
    await expect(sent(popup)).toContainText(email);
    expect(await invitesTo(sandbox.control, email)).toHaveLength(1);
  });

  test('should report by notification an invite that went out after the popup closed', async ({ openPage, sandbox, ext }) => {
    test.setTimeout(90_000);
    const email = 'closed.popup@example.com';
    const { popup } = await sendWhileOffline(await openPage('popup.html'), sandbox, email);
    await popup.close();

    await sandbox.goOnline();

    const worker = await ext.worker();
    await expect
      .poll(async () => Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).some((id) => id.startsWith('sent:')), { timeout: 60_000 })
      .toBe(true);
    expect(await invitesTo(sandbox.control, email)).toHaveLength(1);
  });

  test('should let the user cancel a queued invite, which then never goes out', async ({ openPage, sandbox }) => {
    test.setTimeout(60_000);
    const email = 'cancelled@example.com';
    const { popup, waiting } = await sendWhileOffline(await openPage('popup.html'), sandbox, email);

    await waiting.getByRole('button', { name: 'Cancel' }).click();
    await expect(waiting).toHaveCount(0);
    await sandbox.goOnline();
    await popup.waitForTimeout(5_000);

    expect(await invitesTo(sandbox.control, email)).toEqual([]);
    expect((await sandbox.control.requests()).filter((r) => r.method === 'POST')).toEqual([]);
  });
});
