import { execFileSync } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { startSandbox } from '../sandbox/server';
import { launchWithExtension, storeKey } from '../e2e/browser';
import { E2E_BASE_URL, E2E_EXTENSION_DIR, E2E_SANDBOX_PORT } from '../e2e/config';
import { readExtensionItems, writeExtensionItems } from '../e2e/extension-storage';
import type { Settings } from '@/lib/settings/settings';
import { API_INVITE_DEFAULTS } from '@/lib/api/invite-limits';
import { benchFollowUpView } from './follow-up-view';
import { canDriveNativeUi } from '../e2e/popup-by-shortcut';
import { spaRoutes } from '../e2e/stand-in/linkedin-spa';
import { startStandInSites } from '../e2e/stand-in/sites';

// The invite index at 50,000 invites (docs/product.md budgets), in the built extension in real Chromium:
// the first sync (requests, duration, share of the rate budget), one lookup, the storage, and the side panel's
// update after an in-app navigation. BENCH_INDEX_TIER=standard runs the sync at the Standard tier for real
// (about ten minutes); by default it runs at Enterprise and the Standard duration follows from the pacing.

const INVITES = 50_000;
const WINDOW_MS = 60_000;
const TIERS = { standard: 100, enterprise: 1000 } as const;

type Line = (label: string, value: string, budget: string) => void;

export async function benchInviteIndex(line: Line): Promise<void> {
  const tier = process.env.BENCH_INDEX_TIER === 'standard' ? 'standard' : 'enterprise';
  process.env.SANDBOX_SEED_INVITES = String(INVITES);
  const sandbox = await startSandbox({ port: E2E_SANDBOX_PORT, rateLimitPerMinute: TIERS[tier] });
  delete process.env.SANDBOX_SEED_INVITES;
  const people = [
    { slug: 'first-bench', name: 'Amara Abebe', email: 'amara.abebe.520@example.net' },
    { slug: 'second-bench', name: 'Bastian Abebe', email: 'bastian.abebe.521@example.net' },
  ];
  const sites = await startStandInSites(spaRoutes(people));
  const ui = canDriveNativeUi();
  const devtoolsPort = E2E_SANDBOX_PORT + 1;
  const ext = await launchWithExtension({
    extensionDir: E2E_EXTENSION_DIR,
    headless: !ui,
    args: [...sites.chromiumArgs, ...(ui ? [`--remote-debugging-port=${devtoolsPort}`] : [])],
  });
  try {
    // The extension's own storage (the registry's IndexedDB), as the extension writes it.
    const worker = await ext.worker();
    const { settings } = await readExtensionItems(worker);
    // The build's defaults, as the options page would save them (settings.ts itself needs the build's environment).
    const defaults: Settings = {
      baseUrl: E2E_BASE_URL,
      tier: 'standard',
      inviteDefaults: API_INVITE_DEFAULTS,
    };
    await writeExtensionItems(worker, {
      settings: { ...defaults, ...(settings as Partial<Settings> | undefined), tier },
    });
    sandbox.state.requests.splice(0);
    const started = Date.now();
    await storeKey(ext, SANDBOX_KEYS.live);
    // Read from an extension page (same origin, same database): the worker stops and restarts between batches.
    const reader = await ext.context.newPage();
    await reader.goto(`chrome-extension://${ext.extensionId}/options.html`);
    while ((await indexStatus(reader))?.state !== 'ready') await new Promise((r) => setTimeout(r, 1_000));
    const duration = Date.now() - started;
    const requests = sandbox.state.requests.filter((r) => r.path.endsWith('/invites'));
    const busiest = busiestMinute(requests.map((r) => r.at));
    const standardMin = Math.ceil(requests.length / (TIERS.standard / 2));
    line(
      `First sync of ${INVITES.toLocaleString('en')} invites: requests`,
      `${requests.length} (${sandbox.state.requests.filter((r) => r.status === 429).length} × 429)`,
      '≤ 500',
    );
    line(
      `First sync, measured at the ${tier} tier`,
      `${(duration / 1000).toFixed(0)} s; busiest minute ${busiest} requests = ${(busiest / TIERS[tier]).toFixed(2)} of the budget`,
      '≤ 0.5 of the budget',
    );
    if (tier === 'enterprise')
      line('First sync at the Standard tier (paced at 50/min: requests ÷ 50)', `≥ ${standardMin} min`, '');

    const lookup = await timeLookups(reader, people[0]!.email);
    line(
      'One lookup of an email, message round trip included (median of 200; max)',
      `${lookup.median.toFixed(2)} ms; ${lookup.max.toFixed(2)} ms`,
      '≤ 5 ms',
    );
    const storage = await reader.evaluate(async () => {
      const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
        usageDetails?: Record<string, number>;
      };
      return estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0;
    });
    line(
      'The index on disk (IndexedDB of the extension origin)',
      `${(storage / 1024 / 1024).toFixed(1)} MiB`,
      '≤ 20 MB',
    );

    await benchFollowUpView(ext, line, INVITES);

    if (!ui) return console.log('Side panel update after in-app navigation: skipped (needs a display and xdotool)');
    const times = await panelUpdateTimes(await ext.context.newPage(), devtoolsPort, people);
    line(
      'Side panel: in-app navigation → new candidate shown (median of 6)',
      `${times[3]} ms (min ${times[0]}, max ${times.at(-1)})`,
      '≈ 1 s',
    );
  } finally {
    await ext.close();
    await sites.close();
    await sandbox.close();
  }
}

/** The index's state as the extension's pages ask for it (getInviteIndexStatus), in the protocol's wire format. */
function indexStatus(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ state: string } | undefined>((resolve) =>
        chrome.runtime.sendMessage({ type: 'getInviteIndexStatus', timestamp: Date.now() }, (response) =>
          resolve(response?.res?.ok ? response.res.data : undefined),
        ),
      ),
  );
}

/**
 * One lookup as a surface makes it (lookupCandidateInvites: the background reads the index, no request to AlfaOne),
 * timed from an extension page: the message's round trip included, so the index's own read takes less.
 */
function timeLookups(page: Page, email: string) {
  // No named function inside: the bench's TypeScript runner would wrap it in a helper the page does not have.
  return page.evaluate(async (address) => {
    const times: number[] = [];
    for (let i = 0; i <= 200; i++) {
      const t = performance.now();
      await new Promise<void>((done) =>
        chrome.runtime.sendMessage(
          { type: 'lookupCandidateInvites', data: { email: address }, timestamp: Date.now() },
          () => done(),
        ),
      );
      // The first may bring the index up to date for this person (a request): timed from the second on.
      if (i > 0) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { median: times[100]!, max: times.at(-1)! };
  }, email);
}

function busiestMinute(times: number[]): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= WINDOW_MS) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

async function panelUpdateTimes(
  page: Page,
  port: number,
  people: Array<{ slug: string; name: string; email: string }>,
): Promise<number[]> {
  await page.goto(`https://www.linkedin.com/in/${people[0]!.slug}/`);
  await page.bringToFront();
  execFileSync('xdotool', ['key', '--clearmodifiers', 'alt+shift+l']);
  const devtools = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    let panel: Page | undefined;
    while (
      !(panel = devtools
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url().endsWith('/sidepanel.html')))
    )
      await new Promise((r) => setTimeout(r, 100));
    await panel.waitForFunction(
      (e) => (document.querySelector('#email') as HTMLInputElement | null)?.value === e,
      people[0]!.email,
    );
    const times: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const to = people[i % 2]!;
      const started = Date.now();
      await page.getByRole('link', { name: `Open ${to.name}` }).click();
      await panel.waitForFunction(
        (e) => (document.querySelector('#email') as HTMLInputElement | null)?.value === e,
        to.email,
        { polling: 10 },
      );
      times.push(Date.now() - started);
    }
    return times.sort((a, b) => a - b);
  } finally {
    await devtools.close().catch(() => undefined);
  }
}
