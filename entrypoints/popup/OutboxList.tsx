import { formatTime } from '@/lib/format/date';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { usePopupStore } from './store';

function stateText(entry: OutboxEntry): string {
  if (entry.state === 'sending') return 'Sending now…';
  if (entry.blocked) return `Waiting: ${entry.lastError?.message ?? 'needs your attention'}. ${entry.lastError?.action ?? ''}`;
  const why = entry.lastError ? ` (${entry.lastError.message})` : '';
  return `Queued, next attempt at ${formatTime(entry.nextAttemptAt)}${why}`;
}

/** Invites on their way: offline, rate-limited or retrying. Visible, cancellable, never silently dropped. */
export function OutboxList() {
  const outbox = usePopupStore((s) => s.outbox);
  const cancel = usePopupStore((s) => s.cancelQueued);
  const open = outbox.filter((e) => e.state === 'queued' || e.state === 'sending');
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
              {stateText(entry)}
            </span>
            {entry.state === 'queued' && !entry.mustReconcile && (
              <button type="button" className="link" onClick={() => void cancel(entry.id)}>
                Cancel
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
