import type { ExtensionBrowser } from '../e2e/browser';
import { canDriveNativeUi, openObserver, openPopupByShortcut } from '../e2e/popup-by-shortcut';
import { median, ms, row } from './popup-report';

const RUNS = 5;

/** From the shortcut's key press on a plain 5 MB page to the candidate's email prefilled in the real popup. */
export async function benchPopupShortcut(launch: () => Promise<ExtensionBrowser>, pageUrl: string): Promise<void> {
  const measure = 'Shortcut key press → candidate prefilled, plain 5 MB page (median of 5)';
  if (!canDriveNativeUi()) {
    row(measure, '≤ 500 ms', 'skipped: needs a display (xvfb-run) and xdotool', null);
    return;
  }
  const ext = await launch();
  try {
    const observer = await openObserver(ext);
    const page = await ext.context.newPage();
    await page.goto(pageUrl);
    const prefilled: number[] = [];
    const opened: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = Date.now();
      const popup = await openPopupByShortcut(observer, page);
      opened.push(Date.now() - started);
      while (!(await popup.read('#email'))) await new Promise((r) => setTimeout(r, 5));
      prefilled.push(Date.now() - started);
      await page.bringToFront();
      await page.keyboard.press('Escape');
      await new Promise((r) => setTimeout(r, 300));
    }
    const figure = median(prefilled);
    row(
      measure,
      '≤ 500 ms',
      `${ms(figure)} (min ${ms(Math.min(...prefilled))}, max ${ms(Math.max(...prefilled))}; the browser opening the window: ${ms(median(opened))})`,
      figure <= 500,
    );
  } finally {
    await ext.close();
  }
}
