import { describeLineState } from '@/lib/bulk/results-csv';
import type { BulkRunLine } from '@/lib/bulk/run-schema';
import { formatDay } from '@/lib/format/date';

/** One row per line of the list: sent (and until when), failed and why, skipped and why. */
export function RunLines({ lines }: { lines: BulkRunLine[] }) {
  return (
    <table aria-label="Results">
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Person</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.line}>
            <td className="num">{l.line}</td>
            <td>{l.email ? `${l.name ? `${l.name} ` : ''}<${l.email}>` : l.text}</td>
            <td className={l.state === 'failed' ? 'bad' : l.state === 'sent' ? 'ok' : ''}>
              {describeLineState(l)}
              {l.state === 'sent' && l.expiresAt ? `, expires ${formatDay(l.expiresAt)}` : ''}
              {l.note ? ` — ${l.note}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
