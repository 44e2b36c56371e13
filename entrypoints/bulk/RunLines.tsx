import { describeLineState } from '@/lib/bulk/results-csv';
import type { BulkRunLine } from '@/lib/bulk/run-schema';
import { formatDay } from '@/lib/format/date';
import { LinesTable } from './LinesTable';
import { i18n } from '#i18n';

/** One row per line of the list: sent (and until when), failed and why, skipped and why. */
export function RunLines({ lines }: { lines: BulkRunLine[] }) {
  return (
    <LinesTable
      label={i18n.t('bulk.results')}
      outcome={i18n.t('bulk.result')}
      lines={lines}
      cell={(l) => ({
        className: l.state === 'failed' ? 'bad' : l.state === 'sent' ? 'ok' : '',
        content: `${describeLineState(l)}${l.state === 'sent' && l.expiresAt ? i18n.t('bulk.expires', { date: formatDay(l.expiresAt) }) : ''}${l.note ? ` — ${l.note}` : ''}`,
      })}
    />
  );
}
