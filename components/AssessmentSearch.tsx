import { useDeferredValue, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { AssessmentSummary } from '@/lib/messaging/views';
import type { SearchIndex } from '@/lib/search/search-index';
import { AssessmentList } from './AssessmentList';
import { i18n } from '#i18n';

interface Props {
  searchIndex: SearchIndex<AssessmentSummary>;
  recentIds: readonly string[];
  query: string;
  onQuery: (query: string) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** What shows between the box and the list: loading, an error, "no match". */
  children?: (visible: AssessmentSummary[]) => ReactNode;
}

/**
 * The assessment picker of the popup, the side panel and the bulk page: a searchbox "Search assessments" and the
 * radio list, best matches first (docs/product.md, Search), the recently used first when nothing is typed.
 */
export function AssessmentSearch({ searchIndex, recentIds, query, onQuery, selectedId, onSelect, children }: Props) {
  const [focusRequest, setFocusRequest] = useState(0);
  // The box shows each keystroke at once; the list follows as soon as it can.
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(() => searchIndex.search(deferredQuery, recentIds), [searchIndex, deferredQuery, recentIds]);
  const recent = useMemo(() => new Set(recentIds), [recentIds]);
  // For `npm run bench`: when the list last changed (a keystroke's cost).
  useLayoutEffect(() => {
    performance.clearMarks('assessments-listed');
    performance.mark('assessments-listed');
  }, [visible]);

  return (
    <>
      <label htmlFor="search" className="sr-only">
        {i18n.t('popup.searchAssessments')}
      </label>
      <input
        id="search"
        type="search"
        placeholder={i18n.t('popup.searchAssessments')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => e.key === 'ArrowDown' && (e.preventDefault(), setFocusRequest((n) => n + 1))}
        aria-controls="assessment-list"
        autoComplete="off"
      />
      {children?.(visible)}
      <AssessmentList
        items={visible}
        selectedId={selectedId}
        recentIds={recent}
        onSelect={onSelect}
        focusRequest={focusRequest}
      />
    </>
  );
}
