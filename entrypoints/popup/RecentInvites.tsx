import { INVITE_STATUS_LABELS } from './invite-status';
import { ErrorMessage } from './ErrorMessage';
import { formatDay as formatDate } from '@/lib/format/date';
import { useShallow } from 'zustand/react/shallow';
import { usePopupStore } from './store';
import type { InviteStatus } from '@/lib/messaging/views';

/** The latest invites and their status, filterable, refreshed whenever the view opens. */
export function RecentInvites() {
  const { recent, recentLoad, recentError, recentFilter } = usePopupStore(
    useShallow((s) => ({ recent: s.recent, recentLoad: s.recentLoad, recentError: s.recentError, recentFilter: s.recentFilter })),
  );
  const load = usePopupStore((s) => s.loadRecent);
  return (
    <section aria-label="Recent invites list">
      <label htmlFor="status-filter">Status</label>
      <select id="status-filter" value={recentFilter} onChange={(e) => void load(e.target.value as InviteStatus | '')}>
        <option value="">All</option>
        {Object.entries(INVITE_STATUS_LABELS).map(([status, label]) => (
          <option key={status} value={status}>
            {label}
          </option>
        ))}
      </select>
      {recentLoad === 'loading' && recent.length === 0 && <p className="muted">Loading…</p>}
      {recentError && <ErrorMessage error={recentError} onRetry={() => void load()} />}
      {recentLoad === 'ready' && recent.length === 0 && <p className="muted">No invites{recentFilter ? ` with status ${recentFilter}` : ''} yet.</p>}
      <ul className="recent">
        {recent.map((i) => (
          <li key={i.id}>
            <span className="who">{i.recipientName ? `${i.recipientName} — ${i.recipientEmail}` : i.recipientEmail}</span>
            <span className="muted small">
              {i.assessmentName} · sent {formatDate(i.sentAt)}
            </span>
            <span className={`badge status-${i.status ?? 'pending'}`}>{INVITE_STATUS_LABELS[(i.status ?? 'pending') as InviteStatus] ?? i.status}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
