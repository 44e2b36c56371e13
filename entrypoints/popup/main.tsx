import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import '@/components/base.css';
import './popup.css';
import { App } from './App';
import { loadFromStorage, revalidateAfterPaint } from './state/init';

// The first render waits for local storage (a few ms) so the first paint is the finished view, with no blank
// frame and no layout shift; AlfaOne is asked only after that paint (docs/product.md budgets).
void loadFromStorage().then(() => {
  const root = createRoot(document.getElementById('root')!);
  flushSync(() =>
    root.render(
      <StrictMode>
        <App surface="popup" />
      </StrictMode>,
    ),
  );
  void revalidateAfterPaint();
});
