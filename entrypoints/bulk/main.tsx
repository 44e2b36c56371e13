import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/base.css';
import './bulk.css';
import { App } from './App';
import { useBulkStore } from './store';

void useBulkStore.getState().init();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
