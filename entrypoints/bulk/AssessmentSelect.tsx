import { useMemo, useState } from 'react';
import { AssessmentSearch } from '@/components/AssessmentSearch';
import { createSearchIndex } from '@/lib/search/search-index';
import { useBulkStore } from './store';
import { i18n } from '#i18n';

/** One assessment for the whole list, picked as in the popup: "Search assessments", exact name first. */
export function AssessmentSelect() {
  const assessments = useBulkStore((s) => s.assessments);
  const recentIds = useBulkStore((s) => s.recentIds);
  const assessmentId = useBulkStore((s) => s.assessmentId);
  const setAssessment = useBulkStore((s) => s.setAssessment);
  const [query, setQuery] = useState('');
  const searchIndex = useMemo(() => createSearchIndex(assessments, (a) => a.name), [assessments]);
  return (
    <fieldset className="assessments">
      <legend>{i18n.t('bulk.assessment')}</legend>
      <AssessmentSearch
        searchIndex={searchIndex}
        recentIds={recentIds}
        query={query}
        onQuery={setQuery}
        selectedId={assessmentId || null}
        onSelect={setAssessment}
      >
        {(visible) =>
          assessments.length > 0 &&
          visible.length === 0 && <p className="muted">{i18n.t('popup.noAssessmentMatch', { query })}</p>
        }
      </AssessmentSearch>
    </fieldset>
  );
}
