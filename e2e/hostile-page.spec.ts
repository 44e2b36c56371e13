import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from './browser';
import { expect, launchReady, test } from './fixtures';
import { startStandInSites, type StandInSites } from './stand-in/sites';

// docs/security.md SEC-9 end to end: a GitHub profile whose README is hostile (a 30,000-character word, an "@",
// thousands of "@"s) stays responsive with the content script, which reports the profile's own address. A README's
// addresses are never the content script's to report (issue 26): the whole page is read on demand only.

const PROFILE = fs.readFileSync(path.resolve('lib/detection/__tests__/__fixtures__/github-profile.html'), 'utf8');
const README = `<article class="markdown-body"><p>${'w'.repeat(30_000)}@ ${'@'.repeat(5_000)} ${'@ '.repeat(5_000)}</p>
<p>${'x.'.repeat(15_000)}@${'x.'.repeat(15_000)}</p><p>Write to readme.contact@example.net</p></article>`;
const HOSTILE = PROFILE.replace('</body>', `${README}</body>`);

let sites: StandInSites;
let ext: ExtensionBrowser;

test.beforeAll(async () => {
  sites = await startStandInSites({
    'github.com/hostile-readme': () => HOSTILE,
    'www.example.com/hostile-readme': () => HOSTILE,
  });
});
test.afterAll(async () => sites.close());
test.beforeEach(async ({ sandbox }) => {
  await sandbox.control.reset();
  ext = await launchReady({ args: sites.chromiumArgs });
});
test.afterEach(async () => ext.close());

/** Opens the page with a `longtask` observer installed before any of its scripts (or ours) run. */
async function openObserved(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longestTask: number };
    w.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longestTask = Math.max(w.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  return page;
}

/** The longest task so far, read once the page has been idle: every task before it has been reported. */
const longestTask = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestIdleCallback(() =>
          setTimeout(() => resolve((window as unknown as { longestTask: number }).longestTask)),
        ),
      ),
  );

async function storedCandidates(url: string): Promise<{ email?: string }[] | undefined> {
  return (await ext.worker()).evaluate(async (pageUrl): Promise<{ email?: string }[] | undefined> => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) return undefined;
    return (await chrome.storage.session.get(`candidates:${tab.id}`))[`candidates:${tab.id}`] as
      { email?: string }[] | undefined;
  }, url);
}

test("SEC-9: a hostile README costs the page no long task, and the profile's address is found, not the README's", async () => {
  // The same page where no content script runs (no declared match): the baseline.
  const baseline = await openObserved('https://www.example.com/hostile-readme');
  const withoutScript = await longestTask(baseline);
  await baseline.close();

  const url = 'https://github.com/hostile-readme';
  const page = await openObserved(url);
  await expect.poll(() => storedCandidates(url), { timeout: 10_000 }).toBeTruthy();
  // A change to the page makes the content script read it again.
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('p'), { textContent: `${'@'.repeat(2_000)} again` })),
  );
  await expect
    .poll(() => page.evaluate(() => document.body.lastElementChild?.textContent?.endsWith('again')))
    .toBe(true);
  const withScript = await longestTask(page);

  test.info().annotations.push({
    type: 'longest task',
    description: `${withScript} ms with the content script, ${withoutScript} ms without`,
  });
  expect(withScript).toBeLessThan(withoutScript + 50);
  await expect.poll(async () => (await storedCandidates(url))?.map((c) => c.email)).toEqual(['mara@example.org']);
});
