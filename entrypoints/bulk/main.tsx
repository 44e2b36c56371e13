import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/base.css';
import './bulk.css';
import { App } from './App';
import { useBulkStore } from './store';
import { i18n } from '#i18n';
import { localizeDocument } from '@/lib/i18n/language';

localizeDocument(i18n.t('bulk.title'));

void useBulkStore.getState().init();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
