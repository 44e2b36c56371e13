import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from './ErrorMessage';
import { FollowUpGroupList } from './FollowUpGroupList';
import { usePopupStore } from './store';
import { i18n } from '#i18n';

/** Keystrokes closer together than this make one search of the index. */
const SEARCH_PAUSE_MS = 150;

/**
 * Follow up (docs/product.md, Follow up): the organization's invites from the local index, grouped by what the
 * candidate did; opening it asks AlfaOne nothing. New completions since the last look are marked.
 */
export function FollowUp() {
  const { follow, followLoad, followError, followQuery, followGroup } = usePopupStore(
    useShallow((s) => ({
      follow: s.follow,
      followLoad: s.followLoad,
      followError: s.followError,
      followQuery: s.followQuery,
      followGroup: s.followGroup,
    })),
  );
  const load = usePopupStore((s) => s.loadFollowUp);
  const [query, setQuery] = useState(followQuery);

  useEffect(() => {
    if (query === usePopupStore.getState().followQuery) return;
    const timer = setTimeout(() => void load(query), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, load]);

  const total = follow?.groups.reduce((sum, g) => sum + g.count, 0) ?? 0;
  return (
    <section className="follow-up" aria-label={i18n.t('followUp.list')} aria-busy={followLoad === 'loading'}>
      <label htmlFor="follow-search">{i18n.t('followUp.search')}</label>
      <input
        id="follow-search"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={i18n.t('followUp.searchPlaceholder')}
      />
      {!follow && followLoad === 'loading' && <p className="muted">{i18n.t('common.loading')}</p>}
      {followError && <ErrorMessage error={followError} onRetry={() => void load()} />}
      {follow && total === 0 && (
        <p className="muted">
          {followQuery.trim() ? i18n.t('followUp.noMatch', { query: followQuery.trim() }) : i18n.t('followUp.empty')}
        </p>
      )}
      {follow && total > 0 && <FollowUpGroupList groups={follow.groups} focus={followGroup} />}
    </section>
  );
}
