import { ErrorMessage } from './ErrorMessage';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePopupStore } from './store';
import { describeAssessment, orderAssessments } from './assessment-order';

/** Search plus a radio list; the recently used come first. */
export function AssessmentPicker() {
  const { assessments, recentIds, query, selectedId, assessmentsLoad, assessmentsError } = usePopupStore(
    useShallow((s) => ({
      assessments: s.assessments,
      recentIds: s.recentIds,
      query: s.query,
      selectedId: s.selectedId,
      assessmentsLoad: s.assessmentsLoad,
      assessmentsError: s.assessmentsError,
    })),
  );
  const setQuery = usePopupStore((s) => s.setQuery);
  const select = usePopupStore((s) => s.select);
  const refresh = usePopupStore((s) => s.refreshAssessments);
  const visible = orderAssessments(assessments, recentIds, query);
  // For `npm run bench`: when the list first reached the screen.
  useEffect(() => {
    if (assessments.length > 0 && performance.getEntriesByName('assessments-rendered').length === 0) performance.mark('assessments-rendered');
  }, [assessments.length]);
  const recent = new Set(recentIds);

  return (
    <fieldset className="assessments">
      <legend>Assessment</legend>
      <label htmlFor="search" className="sr-only">
        Search assessments
      </label>
      <input id="search" type="search" placeholder="Search assessments" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {assessmentsLoad === 'loading' && (
        <div className="skeleton" aria-busy="true" aria-label="Loading assessments">
          <span />
          <span />
          <span />
        </div>
      )}
      {assessmentsError && <ErrorMessage error={assessmentsError} onRetry={() => void refresh()} />}
      {assessmentsLoad === 'ready' && assessments.length === 0 && <p className="muted">Your organization has no assessments yet. Create one in AlfaOne first.</p>}
      {assessments.length > 0 && visible.length === 0 && <p className="muted">No assessment matches “{query}”.</p>}
      <div className="list" role="radiogroup" aria-label="Assessments">
        {visible.map((a) => (
          <div key={a.id} className={`item${a.id === selectedId ? ' selected' : ''}`}>
            <input type="radio" name="assessment" id={`a-${a.id}`} value={a.id} checked={a.id === selectedId} onChange={() => select(a.id)} aria-describedby={`d-${a.id}`} />
            <label htmlFor={`a-${a.id}`}>{a.name}</label>
            <span id={`d-${a.id}`} className="muted details">
              {recent.has(a.id) ? 'Recent · ' : ''}
              {describeAssessment(a)}
            </span>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
