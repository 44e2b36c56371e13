import { browser } from 'wxt/browser';
import { firstPaintCopyId } from './first-paint';

// The popup's and side panel's first render, kept as HTML beside the copy it was rendered from
// (lib/storage/first-paint.ts), and drawn by a small classic script (entrypoints/paint-last-view.ts) while the
// page's modules, React among them, still load: the same finished view a person would see a few tens of ms later,
// at the cost of a static page (docs/product.md budgets). It is shown only while the copy it was rendered from is
// the copy in storage, for this version and this language; it is inert until React replaces it, in one task, with
// the live view. It holds what the copy holds and nothing of a candidate: it is taken at the render from the copy,
// before the page's candidates arrive.

export type ViewSurface = 'popup' | 'sidepanel';

interface SavedView {
  version: string;
  copyId: string;
  language: string;
  html: string;
}

const name = (surface: ViewSurface) => `alfaone-invite:first-paint-view:${surface}`;
const language = () => browser.i18n.getMessage('@@ui_locale');

/** Keeps `html` as the view of the copy named `copyId` (the copy the page rendered from). */
export function saveFirstPaintView(surface: ViewSurface, html: string, copyId: string): void {
  const view: SavedView = { version: browser.runtime.getManifest().version, copyId, language: language(), html };
  try {
    localStorage.setItem(name(surface), JSON.stringify(view));
  } catch {
    // Full or unavailable: the page renders as it would without the view.
  }
}

/** The saved view's HTML, if it was rendered from the copy in storage now, by this version, in this language. */
export function lastFirstPaintView(surface: ViewSurface): string | null {
  try {
    const raw = localStorage.getItem(name(surface));
    const copyId = firstPaintCopyId();
    if (!raw || !copyId) return null;
    const view = JSON.parse(raw) as Partial<SavedView>;
    const current =
      view.copyId === copyId &&
      view.version === browser.runtime.getManifest().version &&
      view.language === language() &&
      typeof view.html === 'string';
    return current ? view.html! : null;
  } catch {
    return null;
  }
}

/**
 * Draws the saved view into the page's root, inert, before any module runs. React's first render clears the root
 * and draws the live view in its place.
 */
export function showLastFirstPaintView(root: HTMLElement | null): void {
  const surface = root?.dataset.surface;
  if (!root || (surface !== 'popup' && surface !== 'sidepanel')) return;
  // A window opened on another view (Follow up, from a notification) shows that view first, not the form.
  if (new URLSearchParams(location.search).has('view')) return;
  const html = lastFirstPaintView(surface);
  if (!html) return;
  // Our own render, from our own origin's storage (no content script reaches it: docs/security.md SEC-3); and the
  // extension pages' CSP runs no inline script or handler whatever it holds.
  // eslint-disable-next-line no-unsanitized/property
  root.innerHTML = html;
  for (const child of root.children) (child as HTMLElement).inert = true;
}
