import type { OutboxEntry } from '@/lib/outbox/entry';
import { describeEntry } from '@/lib/outbox/describe';
import { isOpen } from '@/lib/outbox/states';
import { callBackground } from '@/lib/messaging/call';
import { usePopupStore } from './store';

/** Cancel (before anything went out) or, for an invite held after a key change, the user's two choices (REL-10). */
function Actions({ entry }: { entry: OutboxEntry }) {
  const cancel = usePopupStore((s) => s.cancelQueued);
  if (entry.state === 'held' && entry.hold === 'key-changed') {
    return (
      <span className="row">
        <button type="button" onClick={() => void callBackground('sendHeldInvite', { id: entry.id })}>
          Send under the current key
        </button>
        <button type="button" className="link" onClick={() => void cancel(entry.id)}>
          Discard
        </button>
      </span>
    );
  }
  if ((entry.state === 'queued' || entry.state === 'held') && !entry.unsure) {
    return (
      <button type="button" className="link" onClick={() => void cancel(entry.id)}>
        Cancel
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
    <section aria-label="Waiting to send" className="outbox">
      <h2>Waiting to send ({open.length})</h2>
      <ul>
        {open.map((entry) => (
          <li key={entry.id}>
            <span className="who">
              {entry.body.recipientEmail} · {entry.assessmentName ?? 'assessment'}
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
