import { InviteOptionsFields } from '@/components/InviteOptionsFields';
import { AssessmentSelect } from './AssessmentSelect';
import { CandidatesInput } from './CandidatesInput';
import { ReviewTable } from './ReviewTable';
import { useBulkStore } from './store';
import { i18n } from '#i18n';

/** Input, assessment and options, then the review: nothing is sent before the review's send button. */
export function ListForm() {
  const options = useBulkStore((s) => s.options);
  const review = useBulkStore((s) => s.review);
  const error = useBulkStore((s) => s.error);
  const { setOptions, check } = useBulkStore.getState();
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate>
      <CandidatesInput />
      <AssessmentSelect />
      <details>
        <summary>{i18n.t('bulk.inviteOptions')}</summary>
        <InviteOptionsFields idPrefix="bulk" value={options} onChange={setOptions} />
      </details>
      <div className="actions">
        <button
          type="button"
          onClick={() => void check()}
          disabled={review.status === 'checking'}
          aria-busy={review.status === 'checking'}
        >
          {review.status === 'checking' ? i18n.t('bulk.checking') : i18n.t('bulk.review')}
        </button>
      </div>
      {review.status === 'error' && (
        <div className="notice bad" role="alert">
          <p>{review.message}</p>
          {review.action && <p>{review.action}</p>}
        </div>
      )}
      {error && (
        <div className="notice bad" role="alert">
          <p>
            {error.message}. {error.action}
          </p>
        </div>
      )}
      {review.status === 'ready' && <ReviewTable items={review.items} />}
    </form>
  );
}
