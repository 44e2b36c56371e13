import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/browser';

// Opening the popup page and reading what it measured about itself.

export function popupUrl(ext: ExtensionBrowser, file = 'popup.html'): string {
  return `chrome-extension://${ext.extensionId}/${file}`;
}

/** The page's first contentful paint, in ms from navigation start (what a person sees first). */
export async function firstPaint(page: Page): Promise<number> {
  return page.evaluate(async () => {
    for (;;) {
      const [paint] = performance.getEntriesByName('first-contentful-paint');
      if (paint) return paint.startTime;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
}

/** Opens a fresh page at `url`, waits for its first paint and the list, and returns the page and that paint. */
export async function openAndPaint(
  ext: ExtensionBrowser,
  url: string,
): Promise<{ page: Page; paintMs: number; paintAt: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.locator('[role="radio"], input[type="radio"]').first().waitFor();
  const paintMs = await firstPaint(page);
  const paintAt = await page.evaluate((t) => performance.timeOrigin + t, paintMs);
  return { page, paintMs, paintAt };
}

/** When the popup had its cached state from local storage, in ms from navigation start. */
export async function storageReadAt(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('popup-storage-read')[0]?.startTime ?? NaN);
}

/** Waits until the sandbox has seen no new request for a while: a closed popup's revalidation may still run. */
export async function networkQuiet(requests: () => Promise<unknown[]>): Promise<void> {
  let seen = -1;
  for (;;) {
    const count = (await requests()).length;
    if (count === seen) return;
    seen = count;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** JS heap in use after a full garbage collection (Chrome DevTools protocol). */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Types `query` into the search box as one keystroke and returns ms until the list was updated in the page. */
export async function keystrokeToList(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    performance.clearMarks('assessments-listed');
    const input = document.getElementById('search') as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const started = performance.now();
    setValue.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    for (;;) {
      const [listed] = performance.getEntriesByName('assessments-listed');
      if (listed) return listed.startTime - started;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, query);
}
