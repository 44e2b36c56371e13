import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/base.css';
import './options.css';
import { dropFirstPaintCopyOnChange } from '@/lib/storage/first-paint';
import { App } from './App';
import { i18n } from '#i18n';
import { localizeDocument } from '@/lib/i18n/language';

localizeDocument(i18n.t('options.title'));

// A key saved, removed or switched here, or another base URL: the popup's first-paint copy no longer holds.
dropFirstPaintCopyOnChange();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
