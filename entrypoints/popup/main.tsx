import { i18n } from '#i18n';
import { localizeDocument } from '@/lib/i18n/language';
import { mount } from './mount';
import { applyFirstPaintCopy, loadFromStorage, revalidateAfterPaint } from './state/init';

localizeDocument(i18n.t('extName'));

// The first render comes from the synchronous copy of local state (lib/storage/first-paint.ts), in the same task
// as the page's scripts run; without a copy it waits for local storage. Either way the first paint is the
// finished view, with no blank frame and no layout shift, and AlfaOne is asked only after that paint
// (docs/product.md budgets). The UI code is a static import: the browser fetches every chunk at once from the
// page's module preloads, with no second round after this script runs.
const copy = applyFirstPaintCopy();
const stored = loadFromStorage(copy);
void (copy ? Promise.resolve() : stored).then(() => {
  mount(document.getElementById('root')!, 'popup');
  void revalidateAfterPaint();
});
