import fs from 'node:fs';
import path from 'node:path';
import type { ExtensionBrowser } from '../e2e/browser';
import type { SandboxControl } from '../e2e/sandbox-control';
import { networkQuiet, openAndPaint, popupUrl } from './popup-page';
import { median, ms, ratio, row } from './popup-report';

const RUNS = 9;
const STATIC_FILE = 'bench-static-popup.html';

/**
 * The popup with a warm cache against a static HTML copy of itself (same page, same CSS, no script), opened
 * alternately in fresh tabs; and the API requests that went out before the popup's first paint.
 */
export async function benchPopupFirstPaint(
  ext: ExtensionBrowser,
  extensionDir: string,
  control: SandboxControl,
): Promise<void> {
  // Warm the cache, and keep what the popup drew as its static copy.
  const warm = await openAndPaint(ext, popupUrl(ext));
  await warm.page.waitForTimeout(1000);
  const html = await warm.page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('script, link[rel="modulepreload"]').forEach((el) => el.remove());
    return `<!doctype html>\n${copy.outerHTML}`;
  });
  await warm.page.close();
  fs.writeFileSync(path.join(extensionDir, STATIC_FILE), html);

  const popup: number[] = [];
  const copy: number[] = [];
  const early: number[] = [];
  const live: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await networkQuiet(control.requests);
    await control.clearRequests();
    const run = await openAndPaint(ext, popupUrl(ext));
    await run.page.waitForTimeout(500);
    early.push((await control.requests()).filter((r) => r.at < run.paintAt).length);
    popup.push(run.paintMs);
    live.push(await run.page.evaluate(() => performance.getEntriesByName('surface-mounted')[0]?.startTime ?? NaN));
    await run.page.close();
    const still = await openAndPaint(ext, popupUrl(ext, STATIC_FILE));
    copy.push(still.paintMs);
    await still.page.close();
  }
  const factor = median(popup) / median(copy);
  row(
    'Popup first paint vs its static HTML copy (warm cache, median of 9)',
    '≤ 1.25×',
    `${ratio(factor)} (${ms(median(popup))} vs ${ms(median(copy))})`,
    factor <= 1.25,
  );
  // The first paint is the saved view (lib/storage/first-paint-view.ts); React's live view replaces it here.
  console.log(`  the live view (React mounted) at ${ms(median(live))} from navigation start (median)`);
  const most = Math.max(...early);
  row("API requests before the popup's first paint (warm cache, worst of 9)", '0', String(most), most === 0);
}
