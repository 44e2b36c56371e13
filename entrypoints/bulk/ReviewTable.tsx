import { countToSend, describeVerdict, type ReviewItem } from '@/lib/bulk/review';
import { LinesTable } from './LinesTable';
import { useBulkStore } from './store';
import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

/** Each line's outcome-to-be; people already invited are skipped unless chosen one by one. */
export function ReviewTable({ items }: { items: ReviewItem[] }) {
  const chosen = useBulkStore((s) => s.chosen);
  const starting = useBulkStore((s) => s.starting);
  const { toggleChosen, send } = useBulkStore.getState();
  const count = countToSend(items, new Set(chosen));
  const tally = (kind: ReviewItem['verdict']['kind']) => items.filter((i) => i.verdict.kind === kind).length;
  return (
    <section aria-label={i18n.t('bulk.review')}>
      <h2>{i18n.t('bulk.review')}</h2>
      <p className="summary" role="status">
        {i18n.t('bulk.tally', {
          new: formatNumber(tally('new')),
          repeated: formatNumber(tally('repeated')),
          invalid: formatNumber(tally('invalid')),
          invited: formatNumber(tally('already-invited')),
        })}
      </p>
      <LinesTable
        outcome={i18n.t('bulk.outcome')}
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
                  {i18n.t('bulk.inviteAgain', { email: item.email ?? '' })}
                </label>
              )}
            </>
          ),
        })}
      />
      <div className="actions">
        <button type="button" className="primary" disabled={count === 0 || starting} onClick={() => void send()}>
          {i18n.t('bulk.send', count, { count: formatNumber(count) })}
        </button>
        {count === 0 && <span className="muted">{i18n.t('bulk.nobodyNew')}</span>}
      </div>
    </section>
  );
}
