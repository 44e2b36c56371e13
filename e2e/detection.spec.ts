import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from './browser';
import { expect, launchReady, test } from './fixtures';
import { canDriveNativeUi, openObserver, openPopupByShortcut } from './popup-by-shortcut';
import { startStandInSites, type StandInSites } from './stand-in/sites';
import { FIXTURE_CASES, type FixtureKind } from '@/lib/detection/__tests__/__fixtures__/cases';

const E2E_KINDS: FixtureKind[] = [
  'LinkedIn public',
  'LinkedIn 2026',
  'LinkedIn messaging',
  'Gmail',
  'Outlook',
  'GitHub',
  'homepage',
  'many people',
  'obfuscated',
  'Stack Exchange',
  'no candidate',
];
// Every fixture of those kinds not already driven by a test above.
const E2E_CASES = FIXTURE_CASES.filter(
  (c) =>
    E2E_KINDS.includes(c.kind) &&
    !['linkedin-2026-contact-open.html', 'github-profile.html', 'generic-table.html'].includes(c.file),
);

// The popup opened with the keyboard shortcut on stand-ins of the real sites, in headed Chromium under Xvfb.

test.describe('finding the candidate on the page', () => {
  test.skip(!canDriveNativeUi(), 'needs a display (Xvfb) and xdotool');
  // Each test launches a headed Chromium: on a loaded 2-core machine that alone can take most of a minute.
  test.setTimeout(120_000);

  let sites: StandInSites;
  let ext: ExtensionBrowser;
  let observer: Page;

  test.beforeAll(async () => {
    sites = await startStandInSites();
  });
  test.afterAll(async () => sites.close());

  test.beforeEach(async ({ sandbox }) => {
    await sandbox.control.reset();
    ext = await launchReady({ headless: false, args: sites.chromiumArgs });
    observer = await openObserver(ext);
  });
  test.afterEach(async () => ext.close());

  async function visit(url: string): Promise<Page> {
    const page = ext.context.pages().find((p) => p.url().endsWith('/options.html')) ?? (await ext.context.newPage());
    await page.goto(url);
    return page;
  }

  async function expectPrefilled(page: Page, email: string, name: string) {
    const popup = await openPopupByShortcut(observer, page);
    await expect.poll(async () => [await popup.read('#email'), await popup.read('#name')]).toEqual([email, name]);
    return popup;
  }

  test('should prefill the email and name from a classic LinkedIn profile with Contact info open', async () => {
    const page = await visit('https://www.linkedin.com/in/jane-doe-synthetic/');
    const popup = await expectPrefilled(page, 'jane.doe@example.com', 'Jane Doe');
    expect(await popup.read('#email-source')).toBe('From LinkedIn contact info');

    // Esc closes the popup, as docs/product.md's keyboard use asks.
    execFileSync('xdotool', ['key', 'Escape']);
    await expect.poll(() => popup.isOpen()).toBe(false);
  });

  test('should prefill from a 2025–26 LinkedIn profile reached by in-app navigation, and badge the count', async () => {
    const page = await visit('https://www.linkedin.com/feed/');
    await page.getByRole('link', { name: 'Alex Rivera' }).click();
    await expect(page).toHaveURL('https://www.linkedin.com/in/alex-rivera-synthetic/');
    await expect.poll(() => badgeOf(ext)).toBe('1');
    await expectPrefilled(page, 'Alex.Rivera@example.org', 'Alex Rivera');
  });

  test('should drop the profile once the navigation photo, changed after the first read, names its person as the viewer', async () => {
    const page = await visit('https://www.linkedin.com/in/sofia-marchetti-synthetic/');
    await expect.poll(() => badgeOf(ext)).toBe('1');

    // The navigation's photo now names Sofia: the viewer is on their own profile, which is never proposed.
    await page.evaluate(() =>
      document.querySelector('img[alt="Olivia Brandt"]')!.setAttribute('alt', 'Sofia Marchetti'),
    );

    await expect.poll(() => badgeOf(ext)).toBe('');
  });

  test('should prefill the name alone from a LinkedIn profile with no visible email', async () => {
    const page = await visit('https://www.linkedin.com/in/jane-doe-no-email/');
    await expectPrefilled(page, '', 'Jane Doe');
  });

  test('should prefill the public email and name from a GitHub profile', async () => {
    const page = await visit('https://github.com/mara-synthetic');
    await expectPrefilled(page, 'mara@example.org', 'Mara Lindqvist');
  });

  test('should offer every candidate on a generic page, the first prefilled', async () => {
    const page = await visit('https://www.example.org/linguistics/people/');
    const popup = await expectPrefilled(page, 'p.raman@example.org', await firstName(page));
    expect(Number((await popup.read('label[for="candidate-pick"]'))?.match(/\((\d+)\)/)?.[1])).toBeGreaterThanOrEqual(
      3,
    );
  });

  // One fixture of each kind of issues 15 and 26, prefilled right and with its provenance; harmful addresses never
  // offered. A page about no one prefills no one, and offers what it shows labelled for what it is.
  for (const c of E2E_CASES.filter((f) => f.kind !== 'no candidate')) {
    test(`should prefill ${c.kind} right (${c.file}), offering no one else's address`, async () => {
      const page = await visit(c.url);
      const popup = await expectPrefilled(page, c.first.email, c.first.name);
      // Nothing prefilled (Gmail's thread list): the line is kept, blank.
      expect(await popup.read('#email-source')).toBe(c.provenance || '\u00a0');
      const offered = (await popup.read('fieldset.candidate')) ?? ''; // the pick list's options are its text
      for (const address of c.never ?? []) expect(offered).not.toContain(address);
      for (const person of c.people ?? []) expect(offered).toContain(`${person.name} — ${person.email}`);
    });
  }

  for (const c of E2E_CASES.filter((f) => f.kind === 'no candidate')) {
    test(`should propose no one on a page about no candidate (${c.file}), offering its addresses labelled`, async () => {
      const page = await visit(c.url);
      const popup = await openPopupByShortcut(observer, page);
      // The page has answered once its addresses are offered; the fields stay empty.
      await expect
        .poll(async () => (await popup.read('fieldset.candidate')) ?? '') // the pick list's options are its text
        .toMatch(/role address|from a careers page|from an organization's page/);
      expect([await popup.read('#email'), await popup.read('#name')]).toEqual(['', '']);
      expect(await badgeOf(ext, c.url)).toBe('');
    });
  }
});

async function firstName(page: Page): Promise<string> {
  return (
    (
      await page
        .locator('tr', { has: page.locator('a[href^="mailto:p.raman"]') })
        .locator('td')
        .first()
        .textContent()
    )?.trim() ?? ''
  );
}

/** The toolbar badge of the LinkedIn tab (or the tab at `url`): the count of candidates reported there. */
async function badgeOf(ext: ExtensionBrowser, url = 'https://www.linkedin.com/*'): Promise<string> {
  return (await ext.worker()).evaluate(async (pattern) => {
    const [tab] = await chrome.tabs.query({ url: pattern });
    return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}
