import Papa from 'papaparse';
import { formatDay } from '@/lib/format/date';
import type { BulkRun, BulkRunLine } from './run-schema';
import { i18n } from '#i18n';
import type { PlainKey } from '@/lib/i18n/keys';

const RESULT: Record<BulkRunLine['state'], PlainKey> = {
  pending: 'bulk.stateNotYet',
  handing: 'bulk.stateSending',
  waiting: 'bulk.stateSending',
  sent: 'bulk.stateSent',
  'already-invited': 'bulk.stateAlreadyInvited',
  failed: 'bulk.stateFailed',
  skipped: 'bulk.stateSkipped',
  cancelled: 'bulk.stateCancelled',
};

export const describeLineState = (l: BulkRunLine): string => i18n.t(RESULT[l.state]);

/** A cell a spreadsheet would run as a formula (names come from strangers) is kept as text. */
const inert = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** The run's results, one row per line of the list, as a CSV file's text. */
export function resultsToCsv(run: BulkRun): string {
  const rows = run.lines.map((l) =>
    [
      String(l.line),
      l.email ?? '',
      l.name ?? '',
      describeLineState(l),
      l.expiresAt ? formatDay(l.expiresAt) : '',
      l.note ?? (l.email ? '' : l.text),
    ].map(inert),
  );
  return Papa.unparse({ fields: ['line', 'email', 'name', 'result', 'expires', 'note'], data: rows });
}
