import { useEffect, type FormEvent } from 'react';
import { InviteOptionsFields } from '@/components/InviteOptionsFields';
import { StorageWallNotice, useStorageWall } from '@/components/StorageWallNotice';
import { AssessmentPicker } from './AssessmentPicker';
import { BulkInviteLink } from './BulkInviteLink';
import { CandidateFields } from './CandidateFields';
import { KeyPrompt } from './KeyPrompt';
import { OutboxList } from './OutboxList';
import { RecentInvites } from './RecentInvites';
import { SendOutcome } from './SendOutcome';
import { usePopupStore } from './store';

export function App() {
  const { key, view, send, options } = usePopupStore();
  const { sendInvite, showView, setOptions } = usePopupStore.getState();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && window.close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const wall = useStorageWall();
  if (wall === 'unavailable') {
    return (
      <main>
        <h1>AlfaOne Invite</h1>
        <StorageWallNotice />
      </main>
    );
  }
  if (!key) return <main aria-busy="true" />;
  if (key.state !== 'connected') {
    return (
      <main>
        <h1>AlfaOne Invite</h1>
        <KeyPrompt status={key} />
      </main>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void sendInvite();
  };

  return (
    <main>
      <header className="row spread">
        <h1>AlfaOne Invite</h1>
        <span className="muted small">{key.mode === 'test' ? 'Test key' : 'Live key'}</span>
      </header>
      <BulkInviteLink />
      <nav className="tabs" role="tablist" aria-label="Views">
        <button type="button" role="tab" aria-selected={view === 'invite'} onClick={() => showView('invite')}>
          Invite
        </button>
        <button type="button" role="tab" aria-selected={view === 'recent'} onClick={() => showView('recent')}>
          Recent invites
        </button>
      </nav>
      {view === 'recent' ? (
        <RecentInvites />
      ) : (
        <form onSubmit={submit} noValidate>
          <CandidateFields />
          <AssessmentPicker />
          <OutboxList />
          <details className="advanced">
            <summary>Advanced options</summary>
            <InviteOptionsFields idPrefix="invite" value={options} onChange={setOptions} />
          </details>
          <div className="sendbar">
            <SendOutcome />
            <button type="submit" className="primary wide" disabled={send.status === 'sending'} aria-busy={send.status === 'sending'}>
              {send.status === 'sending' ? 'Sending…' : 'Send invite'}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
