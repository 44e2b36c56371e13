import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { MIXED_CASE_RECIPIENT } from '../sandbox/seed-invites';
import type { ExtensionBrowser } from './browser';
import { expect, launchReady, test } from './fixtures';
import { canDriveNativeUi } from './popup-by-shortcut';
import { writeExtensionItems } from './extension-storage';
import { startStandInSites, type StandInSites } from './stand-in/sites';

// "Invite to AlfaOne" on the context menu: the real native menu under Xvfb, and the worker's own onClicked
// listeners (headless) for every other case.

let sites: StandInSites;
let ext: ExtensionBrowser;

test.beforeAll(async () => {
  sites = await startStandInSites({
    'www.example.net/menu/': () => MENU_PAGE,
    'github.com/swap-on-menu': () => SWAP_PAGE,
    'github.com/menu-cases': () => CASES_PAGE,
  });
});
test.afterAll(async () => sites.close());
test.afterEach(async () => ext?.close());

const MENU_PAGE = `<!doctype html><html lang="en"><head><title>Team</title></head><body style="font-size:24px">
<p id="one">Write to <span id="address">menu.candidate@example.com</span> today.</p>
<p id="two">Or to first@example.com and second@example.org.</p>
<p><a id="mail" href="mailto:linked@example.com?subject=Hello">Email Linked</a></p>
<p id="dup">${MIXED_CASE_RECIPIENT.email.toLowerCase()}</p>
</body></html>`;

// Links and selections as a page can make them (SEC-9): what one shows is not what a click would send to. On a site
// the content script watches (it keeps what a right-click began on) and the extension may read without a gesture.
const CASES_PAGE = `<!doctype html><html lang="en"><head><title>Cases</title></head><body style="font-size:24px">
<p><a id="shown" href="mailto:linked@example.com?subject=Hello">linked@example.com</a></p>
<p><a id="lie" href="mailto:someone@else.example">jane@corp.com</a></p>
<p id="hidden">Write to <span style="font-size:0">hidden@evil.example </span>us today.</p>
<p><a id="rewrite" href="mailto:jane@corp.com">jane@corp.com</a></p>
<p id="dup">${MIXED_CASE_RECIPIENT.email.toLowerCase()}</p>
<script>document.getElementById('rewrite').addEventListener('contextmenu', (e) => {
  e.currentTarget.href = 'mailto:attacker@evil.example'; e.currentTarget.textContent = 'attacker@evil.example';
});</script>
</body></html>`;

// A profile that swaps its public email for another address when the user right-clicks (it sees `contextmenu`).
const SWAP_PAGE = fs
  .readFileSync(path.resolve('lib/detection/__tests__/__fixtures__/github-profile.html'), 'utf8')
  .replace(
    '</body>',
    `<script>addEventListener('contextmenu', () => { for (const a of document.querySelectorAll('a[href^="mailto:"]')) { a.href = 'mailto:attacker@evil.example'; a.textContent = 'attacker@evil.example'; } });</script></body>`,
  );

async function start(
  sandbox: { control: { reset: () => Promise<unknown> } },
  headless: boolean,
  key: string | null = SANDBOX_KEYS.live,
) {
  await sandbox.control.reset();
  ext = await launchReady({ headless, args: sites.chromiumArgs, key });
  return ext.worker();
}

/** Makes an assessment the most recently used one, through the popup as a person would have. */
async function useAssessmentRecently(worker: Worker): Promise<{ id: string; name: string }> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const first = popup.getByRole('radio').first();
  await expect(first).toBeVisible();
  const id = (await first.getAttribute('value'))!;
  const name = (await popup.locator(`label[for="a-${id}"]`).textContent())!;
  await writeExtensionItems(worker, { recentAssessmentIds: [id] });
  await popup.close();
  return { id, name };
}

async function openMenuPage(): Promise<Page> {
  const page = ext.context.pages().find((p) => p.url().endsWith('/options.html')) ?? (await ext.context.newPage());
  await page.goto('https://www.example.net/menu/');
  return page;
}

async function dispatchClick(worker: Worker, info: Record<string, unknown>) {
  await worker.evaluate(async (clickInfo) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    (chrome.contextMenus.onClicked as unknown as { dispatch: (i: unknown, t: unknown) => void }).dispatch(
      clickInfo,
      tab,
    );
  }, info);
}

/** Opens the page of link and selection cases, once its content script is there to keep what a right-click saw. */
async function openCasesPage(): Promise<Page> {
  const page = ext.context.pages().find((p) => p.url().endsWith('/options.html')) ?? (await ext.context.newPage());
  await page.goto('https://github.com/menu-cases');
  return page;
}

/** A real right-click on the element, then a click on the item as Chrome reports it: the link's address now. */
async function rightClickLink(worker: Worker, page: Page, selector: string, assessmentId: string) {
  await page.locator(selector).click({ button: 'right' });
  await dispatchClick(worker, {
    menuItemId: `invite/assessment/${assessmentId}`,
    linkUrl: await page.locator(selector).evaluate((a) => (a as HTMLAnchorElement).href),
    editable: false,
    pageUrl: page.url(),
  });
}

/** The text selected, right-clicked, then a click on the item as Chrome reports it: the whole selection's text. */
async function rightClickSelection(worker: Worker, page: Page, selector: string, assessmentId: string) {
  await page.locator(selector).selectText();
  await page.locator(selector).click({ button: 'right' });
  await dispatchClick(worker, {
    menuItemId: `invite/assessment/${assessmentId}`,
    selectionText: await page.evaluate(() => getSelection()!.toString()),
    editable: false,
    pageUrl: page.url(),
  });
}

const notifications = (worker: Worker) => worker.evaluate(() => chrome.notifications.getAll());

test.describe('native context menu', () => {
  test.skip(!canDriveNativeUi(), 'needs a display (Xvfb) and xdotool');

  test('should send one invite to the most recent assessment from a real right-click on a selected address, and notify', async ({
    sandbox,
  }) => {
    const worker = await start(sandbox, false);
    const recent = await useAssessmentRecently(worker);
    const page = await openMenuPage();
    await sandbox.control.clearRequests();

    await page.locator('#address').selectText();
    await page.locator('#address').click({ button: 'right' });
    await page.waitForTimeout(500);
    // The extension's item sits just above "Inspect"; its first child is the most recent assessment.
    execFileSync('xdotool', ['key', 'Up', 'Up', 'Right', 'Return']);

    await expect
      .poll(async () => Object.keys(await notifications(worker)).find((id) => id.startsWith('sent:')), {
        timeout: 15_000,
      })
      .toBeTruthy();
    const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.body)).toEqual([
      { assessmentId: recent.id, recipientEmail: 'menu.candidate@example.com' },
    ]);
  });
});

test.describe('context menu clicks in the worker', () => {
  test('should send to a mailto link showing its address, query stripped, and notify', async ({ sandbox }) => {
    const worker = await start(sandbox, true);
    const recent = await useAssessmentRecently(worker);
    const page = await openCasesPage();
    await sandbox.control.clearRequests();

    await rightClickLink(worker, page, '#shown', recent.id);

    await expect
      .poll(async () => Object.keys(await notifications(worker)).some((id) => id.startsWith('sent:')))
      .toBe(true);
    const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.body)).toEqual([{ assessmentId: recent.id, recipientEmail: 'linked@example.com' }]);
  });

  test('should offer each of several selected addresses in the form, sending nothing', async ({ sandbox }) => {
    const worker = await start(sandbox, true);
    const recent = await useAssessmentRecently(worker);
    await openMenuPage();
    await sandbox.control.clearRequests();
    const formOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('popup.html?draft=1') });

    await dispatchClick(worker, {
      menuItemId: `invite/assessment/${recent.id}`,
      selectionText: 'Or to first@example.com and second@example.org.',
      editable: false,
      pageUrl: 'https://www.example.net/menu/',
    });

    const form = await formOpened;
    await expect(form.getByRole('textbox', { name: 'Candidate email' })).toHaveValue('first@example.com');
    await expect(form.getByRole('combobox', { name: /Found on this page/ }).locator('option')).toHaveText([
      /first@example\.com/,
      /second@example\.org/,
    ]);
    await expect(form.getByRole('radio', { name: recent.name, exact: true })).toBeChecked();
    expect((await sandbox.control.requests()).filter((r) => r.method === 'POST')).toEqual([]);
  });

  test('should open the options page when no key is set', async ({ sandbox }) => {
    const worker = await start(sandbox, true, null);
    for (const page of ext.context.pages().filter((p) => p.url().endsWith('/options.html'))) await page.close();
    await ext.context.newPage();

    await dispatchClick(worker, {
      menuItemId: 'invite/assessment/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      selectionText: 'a@example.com',
      editable: false,
      pageUrl: 'about:blank',
    });

    await expect.poll(() => ext.context.pages().some((p) => p.url().endsWith('/options.html'))).toBe(true);
    expect(await sandbox.control.requests()).toEqual([]);
  });

  test('should not send to a candidate already invited, notify, and open the form from the notification', async ({
    sandbox,
  }) => {
    const worker = await start(sandbox, true);
    const pending = (await sandbox.control.invites()).find(
      (i) => i.recipientEmail === MIXED_CASE_RECIPIENT.email && i.status === 'pending',
    )!;
    await writeExtensionItems(worker, { recentAssessmentIds: [String(pending.assessmentId)] });
    const page = await openCasesPage();
    await sandbox.control.clearRequests();

    await rightClickSelection(worker, page, '#dup', String(pending.assessmentId));

    let notificationId = '';
    await expect
      .poll(
        async () =>
          (notificationId = Object.keys(await notifications(worker)).find((id) => id.startsWith('duplicate:')) ?? ''),
      )
      .not.toBe('');
    expect((await sandbox.control.requests()).filter((r) => r.method === 'POST')).toEqual([]);

    const formOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('popup.html?draft=1') });
    await worker.evaluate(
      (id) => (chrome.notifications.onClicked as unknown as { dispatch: (id: string) => void }).dispatch(id),
      notificationId,
    );
    const form = await formOpened;
    await expect(form.getByRole('textbox', { name: 'Candidate email' })).toHaveValue(
      MIXED_CASE_RECIPIENT.email.toLowerCase(),
    );
  });

  for (const [name, act, selector, shown] of [
    ['a link whose text shows one address and whose mailto is another', rightClickLink, '#lie', 'someone@else.example'],
    ['an address hidden inside a selection', rightClickSelection, '#hidden', 'hidden@evil.example'],
    ['a link a contextmenu handler rewrites', rightClickLink, '#rewrite', 'attacker@evil.example'],
  ] as const) {
    test(`SEC-9: should open the form showing the address, sending nothing, for ${name}`, async ({ sandbox }) => {
      const worker = await start(sandbox, true);
      const recent = await useAssessmentRecently(worker);
      const page = await openCasesPage();
      await sandbox.control.clearRequests();
      const formOpened = ext.context.waitForEvent('page', {
        predicate: (p) => p.url().includes('popup.html?draft=1'),
      });

      await act(worker, page, selector, recent.id);

      const form = await formOpened;
      await expect(form.getByRole('textbox', { name: 'Candidate email' })).toHaveValue(shown);
      await expect(form.getByRole('radio', { name: recent.name, exact: true })).toBeChecked();
      expect((await sandbox.control.requests()).filter((r) => r.method === 'POST')).toEqual([]);
      expect(Object.keys(await notifications(worker)).filter((id) => id.startsWith('sent:'))).toEqual([]);
    });
  }

  /** The id of a page item as the menu last showed it, and the version it carries. */
  const pageItem = (worker: Worker, assessmentId: string) =>
    worker.evaluate(async (id) => {
      const shown = ((await chrome.storage.session.get('pageMenuShown')).pageMenuShown ?? []) as {
        version: number;
        candidates: { email?: string }[];
      }[];
      const last = shown.at(-1);
      return {
        id: `invite-page~${last?.version}/assessment/${id}`,
        emails: last?.candidates.map((c) => c.email) ?? [],
      };
    }, assessmentId);

  test('should send the page item to the candidate its title showed, not to an address the page swapped in on right-click', async ({
    sandbox,
  }) => {
    const worker = await start(sandbox, true);
    const recent = await useAssessmentRecently(worker);
    const page = ext.context.pages().find((p) => p.url().endsWith('/options.html')) ?? (await ext.context.newPage());
    await page.goto('https://github.com/swap-on-menu');
    await expect.poll(async () => (await pageItem(worker, recent.id)).emails).toContain('mara@example.org');
    const shown = await pageItem(worker, recent.id);
    await sandbox.control.clearRequests();

    await page.locator('h1').first().click({ button: 'right' });
    await expect(page.locator('a[href^="mailto:"]').first()).toHaveAttribute('href', 'mailto:attacker@evil.example');
    // The page has reported its new address by the time the user clicks: the menu the user saw named Mara.
    await expect.poll(async () => (await pageItem(worker, recent.id)).emails).toContain('attacker@evil.example');
    await dispatchClick(worker, { menuItemId: shown.id, editable: false, pageUrl: 'https://github.com/swap-on-menu' });

    await expect
      .poll(async () => Object.keys(await notifications(worker)).some((id) => id.startsWith('sent:')))
      .toBe(true);
    const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.body)).toEqual([
      { assessmentId: recent.id, recipientEmail: 'mara@example.org', recipientName: expect.any(String) },
    ]);
  });

  test('should open the form, not send, from a page item whose menu it no longer knows', async ({ sandbox }) => {
    const worker = await start(sandbox, true);
    const recent = await useAssessmentRecently(worker);
    const page = ext.context.pages().find((p) => p.url().endsWith('/options.html')) ?? (await ext.context.newPage());
    await page.goto('https://github.com/swap-on-menu');
    await expect.poll(async () => (await pageItem(worker, recent.id)).emails).toContain('mara@example.org');
    await sandbox.control.clearRequests();
    const formOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('popup.html?draft=1') });

    await dispatchClick(worker, {
      menuItemId: `invite-page~999/assessment/${recent.id}`,
      editable: false,
      pageUrl: 'https://github.com/swap-on-menu',
    });

    const form = await formOpened;
    await expect(form.getByRole('textbox', { name: 'Candidate email' })).toHaveValue('mara@example.org');
    expect((await sandbox.control.requests()).filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  test("should forget a tab's candidates when it navigates", async ({ sandbox }) => {
    const worker = await start(sandbox, true);
    const page = ext.context.pages().find((p) => p.url().endsWith('/options.html')) ?? (await ext.context.newPage());
    await page.goto('https://github.com/swap-on-menu');
    const tabId = await worker.evaluate(
      async () => (await chrome.tabs.query({ url: 'https://github.com/swap-on-menu' }))[0]!.id!,
    );
    const stored = () =>
      worker.evaluate(
        async (id) => JSON.stringify(await chrome.storage.session.get(null)).includes(`candidates:${id}"`),
        tabId,
      );
    await expect.poll(stored).toBe(true);

    await page.goto('https://www.example.net/menu/');

    await expect.poll(stored).toBe(false);
  });
});
