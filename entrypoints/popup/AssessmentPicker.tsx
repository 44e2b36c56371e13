import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { AssessmentList } from '@/components/AssessmentList';
import { ErrorMessage } from './ErrorMessage';
import { usePopupStore } from './store';
import { i18n } from '#i18n';

/** Search plus a radio list; best matches first, the recently used first when nothing is typed. */
export function AssessmentPicker() {
  const { searchIndex, count, recentIds, query, selectedId, assessmentsLoad, assessmentsError } = usePopupStore(
    useShallow((s) => ({
      searchIndex: s.searchIndex,
      count: s.assessments.length,
      recentIds: s.recentIds,
      query: s.query,
      selectedId: s.selectedId,
      assessmentsLoad: s.assessmentsLoad,
      assessmentsError: s.assessmentsError,
    })),
  );
  const { setQuery, select, refreshAssessments } = usePopupStore.getState();
  const [focusRequest, setFocusRequest] = useState(0);
  // The box shows each keystroke at once; the list follows as soon as it can.
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(() => searchIndex.search(deferredQuery, recentIds), [searchIndex, deferredQuery, recentIds]);
  const recent = useMemo(() => new Set(recentIds), [recentIds]);
  // For `npm run bench`: when the list first reached the screen, and when it last changed (a keystroke's cost).
  useEffect(() => {
    if (count > 0 && performance.getEntriesByName('assessments-rendered').length === 0)
      performance.mark('assessments-rendered');
  }, [count]);
  useLayoutEffect(() => {
    performance.clearMarks('assessments-listed');
    performance.mark('assessments-listed');
  }, [visible]);

  return (
    <fieldset className="assessments">
      <legend>{i18n.t('common.assessment')}</legend>
      <label htmlFor="search" className="sr-only">
        {i18n.t('popup.searchAssessments')}
      </label>
      <input
        id="search"
        type="search"
        placeholder={i18n.t('popup.searchAssessments')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => e.key === 'ArrowDown' && (e.preventDefault(), setFocusRequest((n) => n + 1))}
        aria-controls="assessment-list"
        autoComplete="off"
      />
      {assessmentsLoad === 'loading' && (
        <div className="skeleton" aria-busy="true" aria-label={i18n.t('popup.loadingAssessments')}>
          <span />
          <span />
          <span />
        </div>
      )}
      {assessmentsError && <ErrorMessage error={assessmentsError} onRetry={() => void refreshAssessments()} />}
      {assessmentsLoad === 'ready' && count === 0 && <p className="muted">{i18n.t('popup.noAssessments')}</p>}
      {count > 0 && visible.length === 0 && <p className="muted">{i18n.t('popup.noAssessmentMatch', { query })}</p>}
      <AssessmentList
        items={visible}
        selectedId={selectedId}
        recentIds={recent}
        onSelect={select}
        focusRequest={focusRequest}
      />
    </fieldset>
  );
}
