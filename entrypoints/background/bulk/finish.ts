import { browser } from 'wxt/browser';
import { countRun, describeCounts } from '@/lib/bulk/progress';
import type { BulkRun } from '@/lib/bulk/run-schema';
import { keyStatus } from '@/lib/storage/items';
import { notify, titled } from '../notify';
import { i18n } from '#i18n';

/** The end of a run, told by a notification when no bulk page is open to show it. */
export async function reportRunEnd(run: BulkRun): Promise<void> {
  if (await bulkPageOpen()) return;
  // A run's invites go out under the key in force only (REL-10): its end is told in that key's environment.
  const title = titled(
    run.cancelledAt ? i18n.t('bulk.cancelledTitle') : i18n.t('bulk.doneTitle'),
    (await keyStatus.getValue()).mode,
  );
  await notify(
    `bulk:${run.id}`,
    title,
    `${describeCounts(countRun(run))}${run.assessmentName ? ` — ${run.assessmentName}` : ''}.`,
  );
}

/** Whether a bulk page is open (unknown → no, so the user is told). */
async function bulkPageOpen(): Promise<boolean> {
  const runtime = browser.runtime as { getContexts?: (filter: object) => Promise<{ documentUrl?: string }[]> };
  try {
    return ((await runtime.getContexts?.({})) ?? []).some((c) => c.documentUrl?.includes('/bulk.html'));
  } catch {
    return false;
  }
}
