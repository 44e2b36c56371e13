import { useBulkStore } from './store';
import { i18n } from '#i18n';

/** One assessment for the whole list: the recently used first, as in the popup. */
export function AssessmentSelect() {
  const assessments = useBulkStore((s) => s.assessments);
  const assessmentId = useBulkStore((s) => s.assessmentId);
  const setAssessment = useBulkStore((s) => s.setAssessment);
  return (
    <fieldset>
      <label htmlFor="assessment">{i18n.t('bulk.assessment')}</label>
      <select id="assessment" value={assessmentId} onChange={(e) => setAssessment(e.target.value)}>
        <option value="">{i18n.t('bulk.chooseAssessmentOption')}</option>
        {assessments.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
