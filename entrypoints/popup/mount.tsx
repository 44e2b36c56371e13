import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import '@/components/base.css';
import './popup.css';
import { App, type Surface } from './App';

/** Renders the form into `element` at once (synchronously), so the next frame painted is the finished view. */
export function mount(element: HTMLElement, surface: Surface): void {
  const root = createRoot(element);
  flushSync(() =>
    root.render(
      <StrictMode>
        <App surface={surface} />
      </StrictMode>,
    ),
  );
}
