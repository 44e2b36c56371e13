import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/base.css';
import './popup.css';
import { App } from './App';
import { usePopupStore } from './store';

// Start reading storage and the page before React's first render, not after it.
void usePopupStore.getState().init();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
