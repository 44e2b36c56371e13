import { lazy, Suspense, useEffect, type FormEvent, type ReactNode } from 'react';
import { EnvironmentBadge } from '@/components/EnvironmentBadge';
import { StorageWallNotice, useStorageWall } from '@/components/StorageWallNotice';
import { AdvancedOptions } from './AdvancedOptions';
import { AssessmentPicker } from './AssessmentPicker';
import { BulkInviteLink } from './BulkInviteLink';
import { CandidateFields } from './CandidateFields';
import { OpenSidePanel } from './OpenSidePanel';
import { OutboxList } from './OutboxList';
import { SendOutcome } from './SendOutcome';
import { SwitchKey } from './SwitchKey';
import { usePopupStore } from './store';
import { i18n } from '#i18n';

// What the first view (the invite form with a key) does not show is loaded when it is needed.
const KeyPrompt = lazy(() => import('./KeyPrompt').then((m) => ({ default: m.KeyPrompt })));
const RecentInvites = lazy(() => import('./RecentInvites').then((m) => ({ default: m.RecentInvites })));
const FollowUp = lazy(() => import('./FollowUp').then((m) => ({ default: m.FollowUp })));

/** Where the form is mounted: the toolbar popup (or its window, from a menu or notification), or a side panel. */
export type Surface = 'popup' | 'sidepanel';

interface AppProps {
  surface?: Surface;
  /** What the surface shows above the form (the side panel: the page's change and the candidate's invites). */
  beforeForm?: ReactNode;
}

export function App({ surface = 'popup', beforeForm }: AppProps) {
  const key = usePopupStore((s) => s.key);
  const view = usePopupStore((s) => s.view);
  const sending = usePopupStore((s) => s.send.status === 'sending');
  const { sendInvite, showView } = usePopupStore.getState();

  useEffect(() => {
    // Escape closes a popup; a side panel stays open beside the page.
    if (surface === 'sidepanel') return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && window.close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [surface]);

  const wall = useStorageWall();
  if (wall === 'unavailable') {
    return (
      <main>
        <h1>{i18n.t('extName')}</h1>
        <StorageWallNotice />
      </main>
    );
  }
  if (!key) return <main aria-busy="true" />;
  if (key.state !== 'connected') {
    return (
      <main data-env={key.mode}>
        <header className="row spread">
          <h1>{i18n.t('extName')}</h1>
          <EnvironmentBadge mode={key.mode} />
        </header>
        <Suspense fallback={null}>
          <KeyPrompt status={key} />
        </Suspense>
        <SwitchKey />
      </main>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void sendInvite();
  };

  return (
    <main data-surface={surface} data-env={key.mode}>
      <header className="row spread">
        <h1>{i18n.t('extName')}</h1>
        <span className="row">
          {surface === 'popup' && <OpenSidePanel />}
          <EnvironmentBadge mode={key.mode} />
        </span>
      </header>
      <SwitchKey />
      <BulkInviteLink />
      <nav className="tabs" role="tablist" aria-label={i18n.t('popup.views')}>
        <button type="button" role="tab" aria-selected={view === 'invite'} onClick={() => showView('invite')}>
          {i18n.t('popup.tabInvite')}
        </button>
        <button type="button" role="tab" aria-selected={view === 'recent'} onClick={() => showView('recent')}>
          {i18n.t('popup.tabRecent')}
        </button>
        <button type="button" role="tab" aria-selected={view === 'follow'} onClick={() => showView('follow')}>
          {i18n.t('followUp.tab')}
        </button>
      </nav>
      {view === 'recent' ? (
        <Suspense fallback={<p className="muted">{i18n.t('common.loading')}</p>}>
          <RecentInvites />
        </Suspense>
      ) : view === 'follow' ? (
        <Suspense fallback={<p className="muted">{i18n.t('common.loading')}</p>}>
          <FollowUp />
        </Suspense>
      ) : (
        <form onSubmit={submit} noValidate>
          {beforeForm}
          <CandidateFields />
          <AssessmentPicker />
          <OutboxList />
          <AdvancedOptions />
          <div className="sendbar">
            <SendOutcome />
            <button type="submit" className="primary wide" disabled={sending} aria-busy={sending}>
              {sending ? i18n.t('popup.sending') : i18n.t('popup.sendInvite')}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
