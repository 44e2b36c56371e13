import { resultsToCsv } from '@/lib/bulk/results-csv';
import type { BulkRun } from '@/lib/bulk/run-schema';

/** Downloads the run's results as a CSV file (a Blob URL: nothing leaves the browser). */
export function saveResultsCsv(run: BulkRun): void {
  const url = URL.createObjectURL(new Blob([resultsToCsv(run)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `alfaone-bulk-invites-${new Date(run.createdAt).toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
