import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { i18n } from '#i18n';
import '@/components/base.css';
import { localizeDocument } from '@/lib/i18n/language';
import './popup.css';
import { App, type Surface } from './App';
import { firstPaintCopyId } from '@/lib/storage/first-paint';
import { saveFirstPaintView } from '@/lib/storage/first-paint-view';
import { applyFirstPaintCopy, loadFromStorage, openOnView, revalidateAfterPaint } from './state/init';

/**
 * How the popup and the side panel start. The first render comes from the synchronous copy of local state
 * (lib/storage/first-paint.ts), in the same task as the page's scripts run; without a copy it waits for local
 * storage. Either way the first paint is the finished view, with no blank frame and no layout shift, and AlfaOne
 * is asked only after that paint and after local storage confirmed the copy (docs/product.md budgets). The UI
 * code is a static import: the browser fetches every chunk at once from the page's module preloads.
 */
export function startSurface(surface: Surface, extras: { beforeForm?: ReactNode; onMounted?: () => void } = {}): void {
  localizeDocument(i18n.t('extName'));
  const copyId = firstPaintCopyId();
  const copy = applyFirstPaintCopy();
  const view = openOnView();
  const stored = loadFromStorage(copy);
  const root = document.getElementById('root')!;
  // The saved view is on screen (entrypoints/paint-last-view.ts): let the browser paint it before React renders.
  const drawn = root.childElementCount > 0;
  void (copy ? (drawn ? afterNextPaint() : Promise.resolve()) : stored).then(() => {
    mount(root, surface, extras.beforeForm);
    // For `npm run bench`: when the live view replaced the saved one (or the page's first view, without one).
    performance.mark('surface-mounted');
    // The render from the copy, before any candidate arrives: the view drawn first next time. A view drawn now was
    // saved from this same copy already: no second serialization and write on the way to the first paint.
    if (copy && copyId && !drawn && view === 'invite') saveFirstPaintView(surface, root.innerHTML, copyId);
    extras.onMounted?.();
    void revalidateAfterPaint(stored);
  });
}

/** After the frame now due is painted: a task queued from its animation frame (or 100 ms, if none comes). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** Renders the form at once (synchronously), so the next frame painted is the finished view. */
function mount(element: HTMLElement, surface: Surface, beforeForm: ReactNode): void {
  const root = createRoot(element);
  flushSync(() =>
    root.render(
      <StrictMode>
        <App surface={surface} beforeForm={beforeForm} />
      </StrictMode>,
    ),
  );
}
