import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/base.css';
import './options.css';
import { App } from './App';
import { i18n } from '#i18n';
import { localizeDocument } from '@/lib/i18n/language';

localizeDocument(i18n.t('options.title'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
