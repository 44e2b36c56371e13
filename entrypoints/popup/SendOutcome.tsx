import { ErrorMessage } from './ErrorMessage';
import { formatDay as formatDate } from '@/lib/format/date';
import type { Invite } from '@/lib/messaging/views';
import { describeEntry } from '@/lib/outbox/describe';
import { isSettled } from '@/lib/outbox/states';
import { usePopupStore } from './store';

function Sent({ invite }: { invite: Invite }) {
  return (
    <p role="status" className="outcome ok">
      Invite sent to {invite.recipientEmail} for {invite.assessmentName}, expires {formatDate(invite.expiresAt)}.
    </p>
  );
}

/** The result of a send, in words: sent, already invited (with "Send anyway"), or the error and its fix. */
export function SendOutcome() {
  const send = usePopupStore((s) => s.send);
  const sendInvite = usePopupStore((s) => s.sendInvite);
  const dismiss = usePopupStore((s) => s.dismissOutcome);
  const outbox = usePopupStore((s) => s.outbox);

  if (send.status === 'sent') return <Sent invite={send.invite} />;
  if (send.status === 'queued') {
    const entry = outbox.find((e) => e.id === send.entryId);
    if (!entry) return null;
    if (entry.state === 'sent' && entry.invite) return <Sent invite={entry.invite} />;
    if ((entry.state === 'failed' || (entry.state === 'held' && entry.hold !== 'key-changed')) && entry.lastError) {
      return <ErrorMessage error={entry.lastError} className="outcome" />;
    }
    const words = describeEntry(entry);
    if (isSettled(entry)) {
      return (
        <p role={words.tone === 'warn' ? 'alert' : 'status'} className={`outcome ${words.tone}`}>
          {words.text}
        </p>
      );
    }
    // Still on its way (or may have been sent and being checked): never "failed" before AlfaOne was asked (REL-5).
    return (
      <p role="status" className="outcome warn">
        {entry.body.recipientEmail}: {words.text}. You can close this popup; a notification will tell you.
      </p>
    );
  }
  if (send.status === 'error') {
    return <ErrorMessage error={send.error} className="outcome" />;
  }
  if (send.status === 'duplicate') {
    const [first] = send.existing;
    return (
      <div role="alert" className="outcome warn">
        <p>
          {first?.recipientEmail ?? 'This candidate'} was already invited to{' '}
          {first?.assessmentName ?? 'this assessment'}:
        </p>
        <ul>
          {send.existing.map((i) => (
            <li key={i.id}>
              {i.status ?? 'pending'}, sent {formatDate(i.sentAt)}, expires {formatDate(i.expiresAt)}
            </li>
          ))}
        </ul>
        {send.afterConfirm ? (
          <p>AlfaOne does not accept a second pending invite for the same candidate and assessment.</p>
        ) : (
          <div className="row">
            <button type="button" onClick={() => void sendInvite(true)}>
              Send anyway
            </button>
            <button type="button" onClick={dismiss}>
              Cancel
            </button>
          </div>
        )}
      </div>
    );
  }
  return null;
}
