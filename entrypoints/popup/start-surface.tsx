import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { i18n } from '#i18n';
import '@/components/base.css';
import { localizeDocument } from '@/lib/i18n/language';
import './popup.css';
import { App, type Surface } from './App';
import { applyFirstPaintCopy, loadFromStorage, revalidateAfterPaint } from './state/init';

/**
 * How the popup and the side panel start. The first render comes from the synchronous copy of local state
 * (lib/storage/first-paint.ts), in the same task as the page's scripts run; without a copy it waits for local
 * storage. Either way the first paint is the finished view, with no blank frame and no layout shift, and AlfaOne
 * is asked only after that paint and after local storage confirmed the copy (docs/product.md budgets). The UI
 * code is a static import: the browser fetches every chunk at once from the page's module preloads.
 */
export function startSurface(surface: Surface, extras: { beforeForm?: ReactNode; onMounted?: () => void } = {}): void {
  localizeDocument(i18n.t('extName'));
  const copy = applyFirstPaintCopy();
  const stored = loadFromStorage(copy);
  void (copy ? Promise.resolve() : stored).then(() => {
    mount(document.getElementById('root')!, surface, extras.beforeForm);
    extras.onMounted?.();
    void revalidateAfterPaint(stored);
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
