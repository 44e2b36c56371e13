import { i18n } from '#i18n';
import { localizeDocument } from '@/lib/i18n/language';
import { loadFromStorage, revalidateAfterPaint } from './state/init';

localizeDocument(i18n.t('extName'));

// Local storage is asked first, and the UI code (React DOM, the components) loads while it answers; the first
// render waits for both, so the first paint is the finished view with no blank frame and no layout shift.
// AlfaOne is asked only after that paint (docs/product.md budgets).
const stored = loadFromStorage();
void Promise.all([stored, import('./mount')]).then(([, { mount }]) => {
  mount(document.getElementById('root')!, 'popup');
  void revalidateAfterPaint();
});
