import { browser } from 'wxt/browser';

/** How long a worker may sleep in one go: it is stopped after ~30 s without an extension event or API call. */
export const MAX_SLEEP_MS = 25_000;
const PING_MS = 20_000;

/** Sleeps while keeping the service worker alive with a cheap API call every 20 s. */
export async function sleepAlive(ms: number): Promise<void> {
  let left = ms;
  while (left > 0) {
    const step = Math.min(left, PING_MS);
    await new Promise((resolve) => setTimeout(resolve, step));
    left -= step;
    if (left > 0) await browser.runtime.getPlatformInfo().catch(() => undefined);
  }
}
