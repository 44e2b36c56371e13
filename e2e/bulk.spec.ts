import type { BrowserContext, Page, Worker } from '@playwright/test';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { E2E_BASE_URL } from './config';
import { readExtensionItems, writeExtensionItems } from './extension-storage';
import { expect, test } from './fixtures';
import type { SandboxControl } from './sandbox-control';

// Bulk invites end to end (docs/product.md, Bulk invites): a pasted list and a CSV file of 40 lines, reviewed,
// sent exactly once each at the rate budget's pace, carried on by the background with the page closed.

const NEW_PEOPLE = Array.from({ length: 36 }, (_, i) => ({
  email: `bulk.person.${String(i).padStart(2, '0')}@example.com`,
  name: `Person ${i}`,
}));
const INVALID = 'not-an-address@';
const DEFAULTS = {
  questionReplayLimit: 1,
  answerRecordLimit: 1,
  expiresInDays: 30,
  proctoringSettings: { screenRecording: true, webcamMonitoring: true, requireIdCapture: true },
};

interface Seeded {
  assessmentId: string;
  assessmentName: string;
  invitedEmail: string;
}

/** One live invite already there (seeded data, moved to "started" through the control API), and its assessment. */
async function seedAlreadyInvited(control: SandboxControl, baseUrl: string): Promise<Seeded> {
  const invite = (await control.invites()).find((i) => i.status === 'pending')!;
  await control.setInviteStatus(String(invite.id), 'started');
  const response = await fetch(`${baseUrl}/assessments/${invite.assessmentId}`, {
    headers: { 'x-api-key': SANDBOX_KEYS.live },
  });
  const assessment = (await response.json()) as { name: string };
  return {
    assessmentId: String(invite.assessmentId),
    assessmentName: assessment.name,
    invitedEmail: String(invite.recipientEmail),
  };
}

/** The Enterprise tier, in the extension and the sandbox, so 36 invites take seconds rather than a minute. */
async function useEnterpriseTier(worker: Worker, control: SandboxControl) {
  await control.setMode({ rateLimitPerMinute: 1000 });
  await writeExtensionItems(worker, {
    settings: { baseUrl: E2E_BASE_URL, tier: 'enterprise', inviteDefaults: DEFAULTS },
  });
}

/** 40 lines: 36 new people in the three line forms, one line twice more, one invalid, one already invited. */
function pastedList(seeded: Seeded): string {
  const lines = NEW_PEOPLE.map(({ email, name }, i) => [email, `${name} <${email}>`, `${email}, ${name}`][i % 3]!);
  lines.splice(10, 0, lines[0]!);
  lines.splice(20, 0, lines[0]!.toUpperCase());
  lines.splice(30, 0, INVALID, `Already There <${seeded.invitedEmail}>`);
  return lines.join('\n');
}

/** Picks an assessment as in the popup: "Search assessments", then the radio named by it. */
async function pickAssessment(page: Page, name: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search assessments' }).fill(name);
  await page.getByRole('radio', { name, exact: true }).check();
}

async function openBulk(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/bulk.html`);
  return page;
}

async function expectReviewMarksEach(page: Page, seeded: Seeded) {
  await expect(page.getByRole('status').filter({ hasText: 'new ·' })).toHaveText(
    '36 new · 2 repeated · 1 invalid · 1 already invited',
  );
  const row = (text: string) => page.getByRole('row').filter({ hasText: text });
  await expect(row(seeded.invitedEmail)).toContainText('Already invited (started');
  await expect(row(INVALID)).toContainText('Invalid:');
  await expect(page.getByRole('row').filter({ hasText: 'Repeated (same person as line' })).toHaveCount(2);
  await expect(page.getByRole('row').filter({ hasText: /New$/ })).toHaveCount(36);
}

const storedRun = (worker: Worker) =>
  readExtensionItems(worker).then(
    (items) => (items.bulkRun ?? null) as { status: string; lines: { state: string; action: string }[] } | null,
  );

/** Exactly one invite per new person, none for the others, no 429. */
async function expectExactlyOnce(control: SandboxControl, seeded: Seeded, before: number) {
  const invites = await control.invites();
  for (const { email } of NEW_PEOPLE)
    expect(
      invites.filter((i) => i.recipientEmail === email),
      email,
    ).toHaveLength(1);
  expect(
    invites.filter((i) => String(i.recipientEmail).toLowerCase() === seeded.invitedEmail.toLowerCase()),
  ).toHaveLength(1);
  expect(invites).toHaveLength(before + 36);
  const requests = await control.requests();
  expect(requests.filter((r) => r.method === 'POST')).toHaveLength(36);
  expect(requests.filter((r) => r.status === 429)).toHaveLength(0);
}

test.describe('bulk invites', () => {
  test.beforeEach(async ({ useKey }) => useKey('live'));

  test('a pasted list of 40 lines: reviewed, 36 sent exactly once, going on while the page is closed', async ({
    ext,
    sandbox,
  }) => {
    test.setTimeout(3 * 60_000);
    const worker = await ext.worker();
    await useEnterpriseTier(worker, sandbox.control);
    const seeded = await seedAlreadyInvited(sandbox.control, sandbox.baseUrl);
    const before = (await sandbox.control.invites()).length;
    const page = await openBulk(ext.context, ext.extensionId);

    await page.getByRole('textbox', { name: 'Candidates' }).fill(pastedList(seeded));
    await pickAssessment(page, seeded.assessmentName);
    await sandbox.control.clearRequests();
    await page.getByRole('button', { name: 'Review' }).click();
    await expectReviewMarksEach(page, seeded);
    expect((await sandbox.control.requests()).filter((r) => r.method === 'POST')).toHaveLength(0);

    // Each POST takes a second, so the run is surely under way when the page closes.
    await sandbox.control.addFault({ method: 'POST', path: '/invites', kind: 'delay', delayMs: 1_000, times: 36 });
    await page.getByRole('button', { name: 'Send 36 invites' }).click();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await page.close();
    const atClose = await storedRun(worker);
    expect(atClose?.status).toBe('running');
    expect(atClose?.lines.filter((l) => l.state === 'sent').length).toBeLessThan(36);

    const reopened = await openBulk(ext.context, ext.extensionId);
    await expect(reopened.getByRole('progressbar')).toBeVisible();
    await expect(reopened.getByRole('heading', { name: /^Finished/ })).toBeVisible({ timeout: 2 * 60_000 });
    await expect(reopened.getByRole('status').filter({ hasText: 'done:' })).toContainText(
      '36 of 36 done: 36 sent, 4 skipped',
    );
    await expectExactlyOnce(sandbox.control, seeded, before);
  });

  test('a CSV file of the same people (Windows-1252, quoted commas): the same result, a notification at the end', async ({
    ext,
    sandbox,
  }) => {
    test.setTimeout(3 * 60_000);
    const worker = await ext.worker();
    await useEnterpriseTier(worker, sandbox.control);
    const seeded = await seedAlreadyInvited(sandbox.control, sandbox.baseUrl);
    const before = (await sandbox.control.invites()).length;
    const rows = pastedList(seeded)
      .split('\n')
      .map((line) => {
        const email = /[^\s<>,]+@[^\s<>,]*/.exec(line)?.[0] ?? line;
        return `${email},"Müller, ${email.split('@')[0]}"`;
      });
    const csv = Buffer.from(['Email,Name', ...rows].join('\r\n'), 'latin1');
    const page = await openBulk(ext.context, ext.extensionId);

    await page
      .getByLabel('Or choose a CSV file')
      .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: csv });
    await expect(page.getByRole('status').filter({ hasText: 'people.csv' })).toContainText('not UTF-8');
    await pickAssessment(page, seeded.assessmentName);
    await sandbox.control.clearRequests();
    await page.getByRole('button', { name: 'Review' }).click();
    await expectReviewMarksEach(page, seeded);
    await expect(page.getByRole('row').filter({ hasText: 'Müller, bulk.person.05' })).toContainText('New');

    await page.getByRole('button', { name: 'Send 36 invites' }).click();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await page.close();
    await expect.poll(async () => (await storedRun(worker))?.status, { timeout: 2 * 60_000 }).toBe('finished');
    await expect
      .poll(async () =>
        Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).some((id) => id.startsWith('bulk:')),
      )
      .toBe(true);
    await expectExactlyOnce(sandbox.control, seeded, before);

    const reopened = await openBulk(ext.context, ext.extensionId);
    await expect(reopened.getByRole('status').filter({ hasText: 'done:' })).toContainText(
      '36 of 36 done: 36 sent, 4 skipped',
    );
    const download = reopened.waitForEvent('download');
    await reopened.getByRole('button', { name: 'Save results as CSV' }).click();
    const saved = await (await download).path();
    const text = (await import('node:fs')).readFileSync(saved, 'utf8');
    expect(text.split('\n').filter((l) => l.includes(',sent,'))).toHaveLength(36);
  });

  test('pause stops handing over, resume carries on to the end, each person once', async ({ ext, sandbox }) => {
    test.setTimeout(3 * 60_000);
    const worker = await ext.worker();
    await useEnterpriseTier(worker, sandbox.control);
    const seeded = await seedAlreadyInvited(sandbox.control, sandbox.baseUrl);
    const page = await openBulk(ext.context, ext.extensionId);
    const people = NEW_PEOPLE.slice(0, 20);
    await page.getByRole('textbox', { name: 'Candidates' }).fill(people.map((p) => p.email).join('\n'));
    await pickAssessment(page, seeded.assessmentName);
    await page.getByRole('button', { name: 'Review' }).click();
    await sandbox.control.addFault({ method: 'POST', path: '/invites', kind: 'delay', delayMs: 1_000, times: 20 });
    await page.getByRole('button', { name: 'Send 20 invites' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('heading', { name: /^Paused/ })).toBeVisible();

    // What was handed over before the pause settles; nothing more is.
    await expect
      .poll(
        async () =>
          (await storedRun(worker))?.lines.filter((l) => l.state === 'handing' || l.state === 'waiting').length,
        { timeout: 30_000 },
      )
      .toBe(0);
    const run = (await storedRun(worker))!;
    const sentWhilePaused = run.lines.filter((l) => l.state === 'sent').length;
    expect(sentWhilePaused).toBeLessThan(20);
    expect(run.lines.filter((l) => l.state === 'pending').length).toBe(20 - sentWhilePaused);
    expect((await sandbox.control.requests()).filter((r) => r.method === 'POST')).toHaveLength(sentWhilePaused);

    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(page.getByRole('heading', { name: /^Finished/ })).toBeVisible({ timeout: 2 * 60_000 });
    await expect(page.getByRole('status').filter({ hasText: 'done:' })).toContainText('20 of 20 done: 20 sent');
    const invites = await sandbox.control.invites();
    for (const { email } of people) expect(invites.filter((i) => i.recipientEmail === email)).toHaveLength(1);
  });

  test('REL-10: a live run of 12 pauses itself under the test key, stays paused on Resume, and sends every line with the live key', async ({
    ext,
    sandbox,
  }) => {
    test.setTimeout(2 * 60_000);
    const seeded = await seedAlreadyInvited(sandbox.control, sandbox.baseUrl);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    for (const [key, shown] of [
      [SANDBOX_KEYS.live, /Connected — Live key ending in/],
      [SANDBOX_KEYS.test, /Connected — Test key ending in/],
    ] as const) {
      await options.getByLabel('API key', { exact: true }).fill(key);
      await options.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(options.getByRole('status')).toHaveText(shown);
    }
    await options.getByRole('button', { name: 'Use the live key' }).click();
    await expect(options.getByRole('status')).toHaveText(/Connected — Live key ending in/);

    const people = NEW_PEOPLE.slice(0, 12);
    const page = await openBulk(ext.context, ext.extensionId);
    await page.getByRole('textbox', { name: 'Candidates' }).fill(people.map((p) => p.email).join('\n'));
    await pickAssessment(page, seeded.assessmentName);
    await page.getByRole('button', { name: 'Review' }).click();
    await expect(page.getByRole('button', { name: 'Send 12 invites' })).toBeVisible();
    // Slow reads: each line's duplicate check takes a while, so most lines are still to go at the switch.
    await sandbox.control.addFault({ method: 'GET', path: '/invites', kind: 'delay', delayMs: 1_500, times: 200 });
    const worker = await ext.worker();
    await page.getByRole('button', { name: 'Send 12 invites' }).click();
    await expect
      .poll(async () => (await storedRun(worker))?.lines.some((l) => l.state === 'sent'), { timeout: 30_000 })
      .toBe(true);

    await options.getByRole('button', { name: 'Use the test key' }).click();
    await expect(options.getByRole('status')).toHaveText(/Connected — Test key ending in/);

    const why = page.getByRole('alert').filter({ hasText: 'Paused: this run belongs to the live key' });
    await expect(why).toBeVisible();
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(page.getByRole('heading', { name: /^Paused/ })).toBeVisible();
    await expect(why).toBeVisible();
    // What was handed over before the switch is held by the outbox: nothing goes out under the test key.
    await expect
      .poll(async () => (await readExtensionItems(worker)).outbox as { state: string }[], { timeout: 30_000 })
      .not.toContainEqual(expect.objectContaining({ state: 'sending' }));
    expect(
      (await sandbox.control.requests()).filter((r) => r.method === 'POST' && r.apiKey !== SANDBOX_KEYS.live),
    ).toEqual([]);

    // Its own key back in force: the run goes on by itself, to the end.
    await options.getByRole('button', { name: 'Use the live key' }).click();
    await expect(page.getByRole('heading', { name: /^Finished/ })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('status').filter({ hasText: 'done:' })).toContainText('12 of 12 done: 12 sent');
    const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.apiKey)).toEqual(people.map(() => SANDBOX_KEYS.live));
    const invites = await sandbox.control.invites();
    for (const { email } of people) expect(invites.filter((i) => i.recipientEmail === email)).toHaveLength(1);
  });

  test('bad input: an empty list and a 10,000-line file each get a clear message, and nothing is asked or sent', async ({
    ext,
    sandbox,
  }) => {
    const page = await openBulk(ext.context, ext.extensionId);
    await page.getByRole('radio').first().check();
    await sandbox.control.clearRequests();

    await page.getByRole('button', { name: 'Review' }).click();
    await expect(page.getByRole('alert')).toContainText('The list is empty');
    const tenThousand = ['email', ...Array.from({ length: 10_000 }, (_, i) => `p${i}@example.com`)].join('\n');
    await page
      .getByLabel('Or choose a CSV file')
      .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(tenThousand) });
    await page.getByRole('button', { name: 'Review' }).click();
    await expect(page.getByRole('alert')).toContainText('This list has 10,000 people; one run takes at most 2,000');
    await expect(page.getByRole('button', { name: /^Send/ })).toHaveCount(0);
    expect(await sandbox.control.requests()).toHaveLength(0);
  });

  test('the popup opens the bulk page, prefilled with everyone on the page', async ({ ext }) => {
    const worker = await ext.worker();
    const candidates = [
      { email: 'ann@example.com', name: 'Ann Lee', source: 'page-text' },
      { email: 'bo@example.com', source: 'mailto-link' },
      { name: 'No Address', source: 'linkedin-profile' },
      { email: 'cy@example.com', name: 'Cy Young', source: 'page-text' },
    ];
    // As the context menu leaves them for the invite form, which then shows several candidates.
    await worker.evaluate((c) => chrome.storage.session.set({ formDraft: { candidates: c } }), candidates);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?draft=1`);
    await expect(popup.getByRole('button', { name: 'Bulk invite' })).toBeVisible();

    const opened = ext.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Invite everyone on this page (3)' }).click();
    const bulk = await opened;
    await expect(bulk).toHaveURL(/\/bulk\.html$/);
    await expect(bulk.getByRole('textbox', { name: 'Candidates' })).toHaveValue(
      'Ann Lee <ann@example.com>\nbo@example.com\nCy Young <cy@example.com>',
    );
    await expect(bulk.getByText('3 people from the page.')).toBeVisible();
  });

  test('a worker stopped mid-run (as when the browser quits) picks the run up where it was: each person once', async ({
    ext,
    sandbox,
  }) => {
    test.setTimeout(4 * 60_000);
    const worker = await ext.worker();
    await useEnterpriseTier(worker, sandbox.control);
    const seeded = await seedAlreadyInvited(sandbox.control, sandbox.baseUrl);
    const people = NEW_PEOPLE.slice(0, 20);
    const page = await openBulk(ext.context, ext.extensionId);
    await page.getByRole('textbox', { name: 'Candidates' }).fill(people.map((p) => p.email).join('\n'));
    await pickAssessment(page, seeded.assessmentName);
    await page.getByRole('button', { name: 'Review' }).click();
    await sandbox.control.addFault({ method: 'POST', path: '/invites', kind: 'delay', delayMs: 1_500, times: 20 });
    await page.getByRole('button', { name: 'Send 20 invites' }).click();
    await expect.poll(async () => (await sandbox.control.requests()).some((r) => r.method === 'POST')).toBe(true);

    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const stopped = (await readExtensionItems(page)).bulkRun as { status: string; lines: { state: string }[] };
    expect(stopped.status).toBe('running');
    expect(stopped.lines.filter((l) => l.state === 'sent').length).toBeLessThan(20);

    // The page, opened again, wakes the worker; the run carries on from its stored state.
    await page.reload();
    await expect(page.getByRole('heading', { name: /^Finished/ })).toBeVisible({ timeout: 3 * 60_000 });
    await expect(page.getByRole('status').filter({ hasText: 'done:' })).toContainText('20 of 20 done: 20 sent');
    const invites = await sandbox.control.invites();
    for (const { email } of people)
      expect(
        invites.filter((i) => i.recipientEmail === email),
        email,
      ).toHaveLength(1);
  });

  // docs/product.md, Search: the bulk page picks as the popup does; 250 assessments whose names repeat with suffixes.
  test('picks an assessment as the popup does: "Search assessments", the exact name first', async ({
    ext,
    sandbox,
  }) => {
    const copies = Array.from({ length: 129 }, (_, n) => `Software Engineer Assessment #${n + 2}`);
    const [exact] = await sandbox.control.addAssessments(['Software Engineer Assessment', ...copies]);
    const page = await openBulk(ext.context, ext.extensionId);
    const radios = page.getByRole('radio');
    await expect(radios.first()).toHaveAttribute('aria-setsize', '250');

    await page.getByRole('searchbox', { name: 'Search assessments' }).fill('Software Engineer Assessment');
    await expect(radios.first()).toHaveAccessibleName('Software Engineer Assessment');
    await radios.first().check();

    await page.getByRole('textbox', { name: 'Candidates' }).fill('exact.first@example.com');
    await sandbox.control.clearRequests();
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Send 1 invite' }).click();
    await expect
      .poll(async () => (await sandbox.control.requests()).filter((r) => r.method === 'POST').map((r) => r.body))
      .toEqual([{ assessmentId: exact!.id, recipientEmail: 'exact.first@example.com' }]);
  });
});
