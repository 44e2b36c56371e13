import type { OutboxEntry } from '@/lib/outbox/entry';
import { describeEntry } from '@/lib/outbox/describe';
import { isOpen } from '@/lib/outbox/states';
import { callBackground } from '@/lib/messaging/call';
import { usePopupStore } from './store';
import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

/** Cancel (before anything went out) or, for an invite held after a key change, the user's two choices (REL-10). */
function Actions({ entry }: { entry: OutboxEntry }) {
  const cancel = usePopupStore((s) => s.cancelQueued);
  if (entry.state === 'held' && entry.hold === 'key-changed') {
    return (
      <span className="row">
        <button type="button" onClick={() => void callBackground('sendHeldInvite', { id: entry.id })}>
          {i18n.t('popup.sendUnderCurrentKey')}
        </button>
        <button type="button" className="link" onClick={() => void cancel(entry.id)}>
          {i18n.t('popup.discard')}
        </button>
      </span>
    );
  }
  if ((entry.state === 'queued' || entry.state === 'held') && !entry.unsure) {
    return (
      <button type="button" className="link" onClick={() => void cancel(entry.id)}>
        {i18n.t('common.cancel')}
      </button>
    );
  }
  return null;
}

/** Invites on their way: offline, rate-limited, being checked or held. Visible, cancellable, never silently dropped. */
export function OutboxList() {
  const outbox = usePopupStore((s) => s.outbox);
  const open = outbox.filter(isOpen);
  if (open.length === 0) return null;
  return (
    <section aria-label={i18n.t('popup.waitingToSend')} className="outbox">
      <h2>{i18n.t('popup.waitingToSendCount', { count: formatNumber(open.length) })}</h2>
      <ul>
        {open.map((entry) => (
          <li key={entry.id}>
            <span className="who">
              {entry.body.recipientEmail} · {entry.assessmentName ?? i18n.t('popup.anAssessment')}
            </span>
            <span className="muted small" role="status">
              {describeEntry(entry).text}
            </span>
            <Actions entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  );
}
