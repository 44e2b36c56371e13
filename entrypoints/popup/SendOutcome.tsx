import { ErrorMessage } from './ErrorMessage';
import { formatDay as formatDate } from '@/lib/format/date';
import type { Invite } from '@/lib/messaging/views';
import { describeEntry } from '@/lib/outbox/describe';
import { isSettled } from '@/lib/outbox/states';
import { usePopupStore } from './store';
import { i18n } from '#i18n';
import { inviteStatusWord } from '@/lib/format/invite-status';

function Sent({ invite }: { invite: Invite }) {
  return (
    <p role="status" className="outcome ok">
      {i18n.t('popup.inviteSentTo', {
        email: invite.recipientEmail,
        assessment: invite.assessmentName,
        date: formatDate(invite.expiresAt),
      })}
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
        {i18n.t('popup.canClose', { email: entry.body.recipientEmail, text: words.text })}
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
          {i18n.t('popup.alreadyInvitedTo', {
            email: first?.recipientEmail ?? i18n.t('popup.thisCandidate'),
            assessment: first?.assessmentName ?? i18n.t('popup.thisAssessment'),
          })}
        </p>
        <ul>
          {send.existing.map((i) => (
            <li key={i.id}>
              {i18n.t('popup.existingInvite', {
                status: inviteStatusWord(i.status),
                sent: formatDate(i.sentAt),
                expires: formatDate(i.expiresAt),
              })}
            </li>
          ))}
        </ul>
        {send.afterConfirm ? (
          <p>{i18n.t('popup.noSecondPending')}</p>
        ) : (
          <div className="row">
            <button type="button" onClick={() => void sendInvite(true)}>
              {i18n.t('popup.sendAnyway')}
            </button>
            <button type="button" onClick={dismiss}>
              {i18n.t('common.cancel')}
            </button>
          </div>
        )}
      </div>
    );
  }
  return null;
}
