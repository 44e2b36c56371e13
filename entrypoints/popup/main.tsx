import { loadFromStorage, revalidateAfterPaint } from './state/init';

// Local storage is asked first, and the UI code (React DOM, the components) loads while it answers; the first
// render waits for both, so the first paint is the finished view with no blank frame and no layout shift.
// AlfaOne is asked only after that paint (docs/product.md budgets).
const stored = loadFromStorage();
void Promise.all([stored, import('./mount')]).then(([, { mount }]) => {
  mount(document.getElementById('root')!, 'popup');
  void revalidateAfterPaint();
});
