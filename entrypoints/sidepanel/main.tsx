import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/base.css';
import '../popup/popup.css';
import './sidepanel.css';
import { App } from '../popup/App';
import { applyFirstPaintCopy, loadFromStorage, revalidateAfterPaint } from '../popup/state/init';
import { CandidateInvites } from './CandidateInvites';
import { followActiveTab } from './follow-tab';
import { PageChanged } from './PageChanged';
import { i18n } from '#i18n';
import { localizeDocument } from '@/lib/i18n/language';

localizeDocument(i18n.t('extName'));

// The popup's form, kept open beside the page: the same store, components and background messages, so it sends
// exactly as the popup does. It starts as the popup does (local storage first, AlfaOne after the first paint);
// what differs is that it follows the active tab (follow-tab.ts).
const copy = applyFirstPaintCopy();
const stored = loadFromStorage(copy);
void (copy ? Promise.resolve() : stored).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App
        surface="sidepanel"
        beforeForm={
          <>
            <PageChanged />
            <CandidateInvites />
          </>
        }
      />
    </StrictMode>,
  );
  void followActiveTab();
  void revalidateAfterPaint();
});
