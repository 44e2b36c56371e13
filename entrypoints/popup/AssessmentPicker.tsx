import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { AssessmentSearch } from '@/components/AssessmentSearch';
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
  // For `npm run bench`: when the list first reached the screen.
  useEffect(() => {
    if (count > 0 && performance.getEntriesByName('assessments-rendered').length === 0)
      performance.mark('assessments-rendered');
  }, [count]);

  return (
    <fieldset className="assessments">
      <legend>{i18n.t('common.assessment')}</legend>
      <AssessmentSearch
        searchIndex={searchIndex}
        recentIds={recentIds}
        query={query}
        onQuery={setQuery}
        selectedId={selectedId}
        onSelect={select}
      >
        {(visible) => (
          <>
            {assessmentsLoad === 'loading' && (
              <div className="skeleton" aria-busy="true" aria-label={i18n.t('popup.loadingAssessments')}>
                <span />
                <span />
                <span />
              </div>
            )}
            {assessmentsError && <ErrorMessage error={assessmentsError} onRetry={() => void refreshAssessments()} />}
            {assessmentsLoad === 'ready' && count === 0 && <p className="muted">{i18n.t('popup.noAssessments')}</p>}
            {count > 0 && visible.length === 0 && (
              <p className="muted">{i18n.t('popup.noAssessmentMatch', { query })}</p>
            )}
          </>
        )}
      </AssessmentSearch>
    </fieldset>
  );
}
