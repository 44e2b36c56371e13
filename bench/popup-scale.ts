import type { ExtensionBrowser } from '../e2e/browser';
import type { SandboxControl } from '../e2e/sandbox-control';
import type { RunningSandbox } from '../sandbox/server';
import { heapUsed, keystrokeToList, openAndPaint, popupUrl, storageReadAt } from './popup-page';
import { median, ms, ratio, row } from './popup-report';

const RUNS = 9;
const QUERY = 'senior backend engineer zurich';

interface Figures {
  paint: number;
  storage: number;
  keystroke: number;
  heap: number;
}

/** The popup at `count` assessments: first paint, one search keystroke to the list updated, and its heap. */
async function measure(
  ext: ExtensionBrowser,
  sandbox: RunningSandbox,
  control: SandboxControl,
  count: number,
): Promise<Figures> {
  // A browser of its own for each count: the list reads held below hold its connections to the sandbox (six per
  // host) until it closes, and the next count's first read must not wait behind them.
  sandbox.state.reset('large');
  sandbox.state.assessments.splice(count);
  // Warm the cache with exactly this list, then hold any further refresh so it cannot run during the figures.
  const warm = await openAndPaint(ext, popupUrl(ext));
  await warm.page.locator(`[aria-setsize="${count}"]`).first().waitFor({ timeout: 120_000 });
  await warm.page.close();
  await control.addFault({ method: 'GET', path: '/assessments', kind: 'delay', delayMs: 600_000, times: 1000 });

  const paints: number[] = [];
  const reads: number[] = [];
  const keystrokes: number[] = [];
  let heap = 0;
  for (let i = 0; i < RUNS; i++) {
    const { page, paintMs } = await openAndPaint(ext, popupUrl(ext));
    paints.push(paintMs);
    reads.push(await storageReadAt(page));
    await page.waitForTimeout(300);
    // Each keystroke of the query, as typed; the first run warms the page's code and is not counted.
    for (let n = 1; n <= QUERY.length; n++) {
      const took = await keystrokeToList(page, QUERY.slice(0, n));
      if (i > 0) keystrokes.push(took);
    }
    if (i === RUNS - 1) heap = await heapUsed(page);
    await page.close();
  }
  await control.clearFaults();
  return { paint: median(paints), storage: median(reads), keystroke: median(keystrokes), heap };
}

/** 2,000 assessments against 45, in the same run and the same browser. */
export async function benchPopupScale(
  launch: () => Promise<ExtensionBrowser>,
  sandbox: RunningSandbox,
  control: SandboxControl,
): Promise<void> {
  const inOwnBrowser = async (count: number) => {
    const ext = await launch();
    try {
      return await measure(ext, sandbox, control, count);
    } finally {
      await ext.close();
    }
  };
  const small = await inOwnBrowser(45);
  const large = await inOwnBrowser(2000);
  sandbox.state.reset('default');
  const render = large.paint / small.paint;
  row(
    'Popup first paint, 2,000 vs 45 assessments (median of 9)',
    '≤ 1.2×',
    `${ratio(render)} (${ms(large.paint)} vs ${ms(small.paint)})`,
    render <= 1.2,
  );
  console.log(
    `  of which waiting for local storage (the cached list): ${ms(large.storage)} vs ${ms(small.storage)} from navigation start`,
  );
  const keystroke = large.keystroke / small.keystroke;
  row(
    'One search keystroke to the list updated, 2,000 vs 45 (median)',
    '≤ 1.5×, ≤ 16 ms',
    `${ratio(keystroke)} (${ms(large.keystroke)} vs ${ms(small.keystroke)})`,
    keystroke <= 1.5 && large.keystroke <= 16,
  );
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  row('Popup JS heap after GC, 2,000 vs 45 assessments', 'reported', `${mib(large.heap)} vs ${mib(small.heap)}`, null);
}
