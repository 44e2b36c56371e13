import { useEffect, useState } from 'react';
import { INVITE_STATUSES, inviteStatusLabel, inviteStatusWord } from '@/lib/format/invite-status';
import { ErrorMessage } from './ErrorMessage';
import { formatDay as formatDate } from '@/lib/format/date';
import { invitesToCsv, type CsvInvite } from '@/lib/invite-index/csv';
import { callBackground } from '@/lib/messaging/call';
import { useShallow } from 'zustand/react/shallow';
import { usePopupStore } from './store';
import type { InviteStatus } from '@/lib/messaging/views';
import { i18n } from '#i18n';

type Row = CsvInvite & { id: string };

/** How many matches a search shows (and exports). */
const SEARCH_LIMIT = 500;

/** The latest invites and their status, filterable; searchable by name, address and assessment in the local index. */
export function RecentInvites() {
  const { recent, recentLoad, recentError, recentFilter } = usePopupStore(
    useShallow((s) => ({
      recent: s.recent,
      recentLoad: s.recentLoad,
      recentError: s.recentError,
      recentFilter: s.recentFilter,
    })),
  );
  const load = usePopupStore((s) => s.loadRecent);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Row[] | null>(null);

  useEffect(() => {
    if (!query.trim()) return setFound(null);
    let current = true;
    // The index answers locally: no request to AlfaOne per keystroke.
    void callBackground('searchLocalInvites', { query: query.trim(), limit: SEARCH_LIMIT }).then((result) => {
      if (current) setFound(result.ok ? result.data.invites : []);
    });
    return () => {
      current = false;
    };
  }, [query]);

  const rows: Row[] = (found ?? recent).filter((i) => !found || !recentFilter || i.status === recentFilter);
  return (
    <section aria-label={i18n.t('recent.list')}>
      <label htmlFor="invite-search">{i18n.t('recent.search')}</label>
      <input
        id="invite-search"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={i18n.t('recent.searchPlaceholder')}
      />
      <div className="row spread">
        <span>
          <label htmlFor="status-filter">{i18n.t('recent.status')}</label>
          <select
            id="status-filter"
            value={recentFilter}
            onChange={(e) => void load(e.target.value as InviteStatus | '')}
          >
            <option value="">{i18n.t('recent.all')}</option>
            {INVITE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {inviteStatusLabel(status)}
              </option>
            ))}
          </select>
        </span>
        <button type="button" onClick={() => exportCsv(rows)} disabled={rows.length === 0}>
          {i18n.t('recent.exportCsv')}
        </button>
      </div>
      {!found && recentLoad === 'loading' && recent.length === 0 && <p className="muted">{i18n.t('common.loading')}</p>}
      {!found && recentError && <ErrorMessage error={recentError} onRetry={() => void load()} />}
      {found && found.length === 0 && <p className="muted">{i18n.t('recent.noMatch', { query: query.trim() })}</p>}
      {!found && recentLoad === 'ready' && recent.length === 0 && (
        <p className="muted">
          {recentFilter
            ? i18n.t('recent.noneWithStatus', { status: inviteStatusWord(recentFilter) })
            : i18n.t('recent.none')}
        </p>
      )}
      <ul className="recent">
        {rows.map((i) => (
          <li key={i.id}>
            <span className="who">
              {i.recipientName ? `${i.recipientName} — ${i.recipientEmail}` : i.recipientEmail}
            </span>
            <span className="muted small">
              {i18n.t('recent.sentOn', { assessment: i.assessmentName, date: formatDate(i.sentAt) })}
            </span>
            <span className={`badge status-${i.status ?? 'pending'}`}>{inviteStatusLabel(i.status)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function exportCsv(rows: readonly CsvInvite[]): void {
  const url = URL.createObjectURL(new Blob([invitesToCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `alfaone-invites-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
