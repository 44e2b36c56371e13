import type { Page } from 'puppeteer-core';
import { startStandInSites, type StandInSites } from '../e2e/stand-in/sites';
import { FIXTURE_CASES } from '@/lib/detection/__tests__/__fixtures__/cases';
import { expect, test } from './fixtures';

// The declared content script in Firefox: on stand-ins of LinkedIn and GitHub (the hosts resolve to loopback, see
// firefox.ts), it reports the profile's person to the background, which keeps them for the tab and badges it.

interface TabReport {
  badge: string;
  candidates: Array<{ email?: string; name?: string; source: string }>;
}

/** What the background holds for the one tab at `host`, asked from an extension page over the protocol's wire. */
async function reportFor(home: Page, host: string): Promise<TabReport | undefined> {
  return home.evaluate(async (wanted) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url && new URL(t.url).hostname === wanted);
    if (tab?.id === undefined) return undefined;
    // @webext-core/messaging's wire format (lib/messaging/protocol.ts); its reply is `{ res }`.
    const reply = (await chrome.runtime.sendMessage({
      timestamp: Date.now(),
      type: 'getTabCandidates',
      data: { tabId: tab.id },
    })) as { res?: { ok: boolean; data?: TabReport['candidates'] } };
    return { badge: await chrome.action.getBadgeText({ tabId: tab.id }), candidates: reply.res?.data ?? [] };
  }, host);
}

test.describe('detection in Firefox', () => {
  let sites: StandInSites;
  test.beforeAll(async () => {
    sites = await startStandInSites();
  });
  test.afterAll(() => sites.close());

  for (const [file, path] of [
    ['linkedin-2026-contact-open.html', '/in/alex-rivera-synthetic/'],
    ['github-profile.html', '/mara-synthetic'],
  ] as const) {
    const expected = FIXTURE_CASES.find((c) => c.file === file)!;
    const host = new URL(expected.url).hostname;

    test(`should report ${expected.kind}'s person from ${file}`, async ({ firefox, home, openPage }) => {
      await openPage('options.html'); // a clean slate: storage emptied, sandbox reset
      const page = await firefox.browser.newPage();
      try {
        await page.goto(`https://${host}:${sites.port}${path}`, { waitUntil: 'load' });
        await page.bringToFront();
        await expect
          .poll(async () => (await reportFor(home, host))?.candidates[0], { timeout: 20_000 })
          .toMatchObject({ email: expected.first.email, name: expected.first.name });
        expect((await reportFor(home, host))?.badge).toBe('1');
      } finally {
        await page.close();
      }
    });
  }
});
