import { countToSend, describeVerdict, type ReviewItem } from '@/lib/bulk/review';
import { LinesTable } from './LinesTable';
import { useBulkStore } from './store';

/** Each line's outcome-to-be; people already invited are skipped unless chosen one by one. */
export function ReviewTable({ items }: { items: ReviewItem[] }) {
  const chosen = useBulkStore((s) => s.chosen);
  const starting = useBulkStore((s) => s.starting);
  const { toggleChosen, send } = useBulkStore.getState();
  const count = countToSend(items, new Set(chosen));
  const tally = (kind: ReviewItem['verdict']['kind']) => items.filter((i) => i.verdict.kind === kind).length;
  return (
    <section aria-label="Review">
      <h2>Review</h2>
      <p className="summary" role="status">
        {tally('new')} new · {tally('repeated')} repeated · {tally('invalid')} invalid · {tally('already-invited')}{' '}
        already invited
      </p>
      <LinesTable
        outcome="Outcome"
        lines={items}
        cell={(item) => ({
          className: item.verdict.kind === 'invalid' ? 'bad' : item.verdict.kind === 'new' ? '' : 'warn',
          content: (
            <>
              {describeVerdict(item.verdict)}
              {item.verdict.kind === 'already-invited' && (
                <label className="check">
                  <input
                    type="checkbox"
                    checked={chosen.includes(item.line)}
                    onChange={() => toggleChosen(item.line)}
                  />
                  Invite {item.email} again
                </label>
              )}
            </>
          ),
        })}
      />
      <div className="actions">
        <button type="button" className="primary" disabled={count === 0 || starting} onClick={() => void send()}>
          {count === 1 ? 'Send 1 invite' : `Send ${count} invites`}
        </button>
        {count === 0 && <span className="muted">Nobody new to invite in this list.</span>}
      </div>
    </section>
  );
}
