import type { Page } from '@playwright/test';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { expect, test } from './fixtures';
import { readExtensionItems, writeExtensionItems } from './extension-storage';
import type { SandboxControl } from './sandbox-control';

// docs/security.md REL-1…REL-11 against the sandbox's fault injection, with its 409 for a second pending invite OFF (an
// inference about AlfaOne, not documented): whatever fails, each request ends as exactly one invite, and the popup
// says where it stands, never "failed" for an invite that went out.

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
async function sendWhileOffline(
  popup: Page,
  sandbox: { baseUrl: string; goOffline: () => Promise<void> },
  email: string,
) {
  const assessment = await target(sandbox.baseUrl);
  await fillForm(popup, email, assessment.name);
  await sandbox.goOffline();
  await popup.getByRole('button', { name: 'Send invite' }).click();
  const waiting = popup.getByRole('region', { name: 'Waiting to send' });
  await expect(waiting).toContainText(email, { timeout: 15_000 });
  return { popup, waiting };
}

const sent = (popup: Page) => popup.getByRole('status').filter({ hasText: 'Invite sent' });

/** Nothing on the page calls the invite failed. */
async function neverCalledFailed(popup: Page) {
  await expect(popup.getByText(/not sent|Invite not sent/i)).toHaveCount(0);
  await expect(popup.locator('.outcome.error')).toHaveCount(0);
}

const postsTo = async (control: SandboxControl) =>
  (await control.requests()).filter((r) => r.method === 'POST' && r.path.endsWith('/invites'));

test.describe('exactly one invite per request, whatever fails', () => {
  test.beforeEach(async ({ useKey }) => useKey('live'));

  for (const [name, fault] of [
    ['a 500 before the invite was created', { kind: 'status', status: 500, when: 'before' }],
    ['a 500 after the invite was created', { kind: 'status', status: 500, when: 'after' }],
    ['a connection dropped before the invite was created', { kind: 'drop', when: 'before' }],
    ['a connection dropped after the invite was created (no keep-alive)', { kind: 'drop', when: 'after' }],
    [
      'a 429 with Retry-After',
      {
        kind: 'status',
        status: 429,
        headers: { 'Retry-After': '2' },
        body: { error: 'Rate limit exceeded. Please try again later.' },
      },
    ],
  ] as const) {
    test(`should end with one invite after ${name}`, async ({ openPage, sandbox }) => {
      const assessment = await target(sandbox.baseUrl);
      // A local part stays within 64 characters (RFC 5321), as the popup checks.
      const email = `fault.${name.replace(/\W+/g, '-').slice(0, 50)}@example.com`.toLowerCase();
      // docs/security.md REL-5a: on a reused connection Chromium itself resends a POST dropped before any answer (see the
      // known failure below); here the drop is on a fresh connection, so only the extension could POST twice. Set
      // before the popup loads, so no connection of its own requests is left open for the POST to reuse.
      if (name.includes('no keep-alive')) await sandbox.control.setMode({ keepAlive: false });
      const popup = await openPage('popup.html');
      await fillForm(popup, email, assessment.name);
      await sandbox.control.addFault({ method: 'POST', path: '/invites', ...fault });

      await popup.getByRole('button', { name: 'Send invite' }).click();

      await expect(sent(popup)).toContainText(email, { timeout: 20_000 });
      await neverCalledFailed(popup);
      expect(await invitesTo(sandbox.control, email)).toHaveLength(1);
      const log = (await sandbox.control.requests()).filter((r) => r.path.endsWith('/invites'));
      if (name.includes('after')) {
        // Reconciled with GET /invites after the settle period, and never POSTed again (REL-5).
        const firstPost = log.findIndex((r) => r.method === 'POST');
        const reconcile = log.findIndex((r, i) => i > firstPost && r.method === 'GET' && r.query.status === 'pending');
        expect(reconcile).toBeGreaterThan(-1);
        expect(log.slice(reconcile).filter((r) => r.method === 'POST')).toEqual([]);
      }
      if (name.includes('429')) {
        const posts = log.filter((r) => r.method === 'POST');
        expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(2000);
      }
    });
  }

  // Known gap (REL-5a): Chromium may silently resend a POST whose reused keep-alive connection drops before any
  // answer; with the sandbox's 409 off (AlfaOne documents none) that resend is a second invite, which no reconcile
  // can undo. Whether Chromium resends depends on its connection pool, so the outcome is not deterministic: the
  // test is kept, marked fixme, until POSTs stay off reused connections.
  test('should end with one invite after a connection dropped after the invite was created, on a reused connection', async ({
    openPage,
    sandbox,
  }) => {
    test.fixme();
    const assessment = await target(sandbox.baseUrl);
    const email = 'fault.dropped-reused@example.com';
    const popup = await openPage('popup.html');
    await fillForm(popup, email, assessment.name);
    await sandbox.control.addFault({ method: 'POST', path: '/invites', kind: 'drop', when: 'after' });

    await popup.getByRole('button', { name: 'Send invite' }).click();

    await expect(sent(popup)).toContainText(email, { timeout: 20_000 });
    expect(await invitesTo(sandbox.control, email)).toHaveLength(1);
  });

  test('should wait for a slow server (8 s) and send once', async ({ openPage, sandbox }) => {
    test.setTimeout(60_000);
    const assessment = await target(sandbox.baseUrl);
    const email = 'slow.server@example.com';
    const popup = await openPage('popup.html');
    await fillForm(popup, email, assessment.name);
    await sandbox.control.addFault({ method: 'POST', path: '/invites', kind: 'delay', delayMs: 8_000 });

    await popup.getByRole('button', { name: 'Send invite' }).click();

    await expect(sent(popup)).toContainText(email, { timeout: 30_000 });
    await neverCalledFailed(popup);
    expect(await invitesTo(sandbox.control, email)).toHaveLength(1);
    expect(await postsTo(sandbox.control)).toHaveLength(1);
  });

  test('should not POST again when the server commits 40 s after a request the client gave up on at 20 s', async ({
    openPage,
    sandbox,
    ext,
  }) => {
    test.setTimeout(150_000);
    // This test alone runs with a settle period longer than the server's commit delay, as released (60 s) would.
    await writeExtensionItems(await ext.worker(), { testSettleMs: 45_000 });
    const assessment = await target(sandbox.baseUrl);
    const email = 'late.commit@example.com';
    const popup = await openPage('popup.html');
    await fillForm(popup, email, assessment.name);
    await sandbox.control.addFault({ method: 'POST', path: '/invites', kind: 'late-commit', delayMs: 40_000 });

    await popup.getByRole('button', { name: 'Send invite' }).click();

    await expect(popup.getByText(/May have been sent — checking at \d/).first()).toBeVisible({ timeout: 40_000 });
    await neverCalledFailed(popup);
    await expect(sent(popup)).toContainText(email, { timeout: 60_000 });
    expect(await invitesTo(sandbox.control, email)).toHaveLength(1);
    expect(await postsTo(sandbox.control)).toHaveLength(1);
  });

  test('should finish a send the worker was stopped in the middle of, woken by its alarm alone', async ({
    openPage,
    sandbox,
    ext,
  }) => {
    const assessment = await target(sandbox.baseUrl);
    const email = 'worker.stopped@example.com';
    const popup = await openPage('popup.html');
    await fillForm(popup, email, assessment.name);
    // AlfaOne commits 2 s after the request came, whether or not the worker that sent it is still there.
    await sandbox.control.addFault({ method: 'POST', path: '/invites', kind: 'late-commit', delayMs: 2_000 });

    await popup.getByRole('button', { name: 'Send invite' }).click();
    await expect.poll(async () => (await postsTo(sandbox.control)).length).toBe(1);
    // REL-11: the POST in flight has its alarm.
    const alarms = await (await ext.worker()).evaluate(() => chrome.alarms.getAll());
    const alarm = alarms.find((a) => a.name === 'outbox');
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 10_000);
    await popup.close();
    const cdp = await ext.context.newCDPSession(await ext.context.newPage());
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // Nothing of the extension is touched until the alarm has woken the worker and it has reconciled.
    const reconciled = async () => {
      const log = await sandbox.control.requests();
      const post = log.findIndex((r) => r.method === 'POST');
      return log.some(
        (r, i) => i > post && r.method === 'GET' && r.path.endsWith('/invites') && r.query.status === 'pending',
      );
    };
    await expect.poll(reconciled, { timeout: 30_000 }).toBe(true);
    expect(await invitesTo(sandbox.control, email)).toHaveLength(1);
    await expect
      .poll(
        async () =>
          (
            (await readExtensionItems(await ext.worker())).outbox as {
              body: { recipientEmail: string };
              state: string;
            }[]
          ).find((e) => e.body.recipientEmail === email)?.state,
      )
      .toBe('sent');
    expect(await postsTo(sandbox.control)).toHaveLength(1);
  });

  test('should hold an invite asked under the test key once the live key is saved, until the user chooses', async ({
    openPage,
    sandbox,
    useKey,
  }) => {
    test.setTimeout(90_000);
    await useKey('test');
    const assessment = await target(sandbox.baseUrl);
    const email = 'test.key@example.com';
    const popup = await openPage('popup.html');
    await fillForm(popup, email, assessment.name);
    // The network drops every POST: the invite stays in the outbox.
    await sandbox.control.addFault({ method: 'POST', path: '/invites', kind: 'drop', times: 1_000 });
    await popup.getByRole('button', { name: 'Send invite' }).click();
    await expect.poll(async () => (await postsTo(sandbox.control)).length, { timeout: 20_000 }).toBeGreaterThan(0);

    await useKey('live');

    const waiting = popup.getByRole('region', { name: 'Waiting to send' });
    await expect(waiting).toContainText('Held: asked under a test key', { timeout: 30_000 });
    const postsBefore = (await postsTo(sandbox.control)).length;
    await popup.waitForTimeout(3 * 4_000);
    expect((await postsTo(sandbox.control)).filter((r) => r.apiKey === SANDBOX_KEYS.live)).toEqual([]);
    expect((await postsTo(sandbox.control)).length).toBe(postsBefore);
    expect(await invitesTo(sandbox.control, email)).toEqual([]);

    await sandbox.control.clearFaults();
    await waiting.getByRole('button', { name: 'Send under the current key' }).click();

    await expect(waiting).toHaveCount(0, { timeout: 30_000 });
    const invites = await invitesTo(sandbox.control, email);
    expect(invites).toHaveLength(1);
    expect((await postsTo(sandbox.control)).filter((r) => r.apiKey === SANDBOX_KEYS.live)).toHaveLength(1);
  });

  test('should queue while offline, show the next attempt, and send once when back online', async ({
    openPage,
    sandbox,
  }) => {
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

  test('should report by notification an invite that went out after the popup closed', async ({
    openPage,
    sandbox,
    ext,
  }) => {
    test.setTimeout(90_000);
    const email = 'closed.popup@example.com';
    const { popup } = await sendWhileOffline(await openPage('popup.html'), sandbox, email);
    await popup.close();

    await sandbox.goOnline();

    const worker = await ext.worker();
    await expect
      .poll(
        async () =>
          Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).some((id) => id.startsWith('sent:')),
        { timeout: 60_000 },
      )
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
