import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from './browser';

// Opens the real popup as a person does, with the keyboard shortcut (an X11 key press under Xvfb), which also
// grants activeTab. Playwright does not attach to popups, so the popup is read from another extension page
// in a second, unfocused window, through chrome.extension.getViews.

export const SHORTCUT = 'alt+shift+k';

export function canDriveNativeUi(): boolean {
  if (!process.env.DISPLAY) return false;
  try {
    execFileSync('xdotool', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface RealPopup {
  /** The value of a form field, or the text of an element, in the open popup. */
  read: (selector: string) => Promise<string | null>;
  isOpen: () => Promise<boolean>;
}

export async function openObserver(ext: ExtensionBrowser): Promise<Page> {
  const url = `chrome-extension://${ext.extensionId}/options.html?observer`;
  const worker = await ext.worker();
  const pageEvent = ext.context.waitForEvent('page', { predicate: (p) => p.url() === url });
  await worker.evaluate(
    (u) => chrome.windows.create({ url: u, focused: false, left: 900, top: 0, width: 400, height: 300 }),
    url,
  );
  const page = await pageEvent;
  await page.waitForLoadState();
  return page;
}

export async function openPopupByShortcut(observer: Page, target: Page): Promise<RealPopup> {
  await target.bringToFront();
  const readView = (selector: string | null) =>
    observer.evaluate((sel) => {
      const [view] = chrome.extension.getViews({ type: 'popup' });
      if (!view) return null;
      if (sel === null) return 'open';
      const el = view.document.querySelector(sel);
      if (!el) return null;
      return 'value' in el && typeof el.value === 'string' ? el.value : el.textContent;
    }, selector);
  execFileSync('xdotool', ['key', '--clearmodifiers', SHORTCUT]);
  const deadline = Date.now() + 10_000;
  while ((await readView(null)) === null) {
    if (Date.now() > deadline) throw new Error('The popup did not open on the keyboard shortcut');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { read: (selector) => readView(selector), isOpen: async () => (await readView(null)) !== null };
}
