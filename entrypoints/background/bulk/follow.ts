import type { OutboxEntry } from '@/lib/outbox/entry';
import { isSettled as isFinal, outboxKey } from '@/lib/outbox/states';
import type { BulkRun, BulkRunLine } from '@/lib/bulk/run-schema';
import { outbox } from '@/lib/storage/items';

/** How often a follower looks again in case a storage change was missed. */
const RECHECK_MS = 5_000;

/** The outbox entry a line was handed to, from its id or (after a restart) its key and the time it was handed. */
export async function findLineEntry(line: BulkRunLine, run: BulkRun): Promise<OutboxEntry | undefined> {
  const entries = await outbox.getValue();
  if (line.entryId) return entries.find((e) => e.id === line.entryId);
  const key = outboxKey(run.assessmentId, line.email ?? '');
  // Only an entry of the run's own key (REL-10). Clock slack of a second: the entry is created right after the line
  // is marked as handed.
  return entries.find(
    (e) =>
      e.key === key &&
      (run.keyId === undefined || e.keyId === run.keyId) &&
      e.createdAt >= (line.handedAt ?? 0) - 1_000,
  );
}

/** Resolves once the entry is settled, or held for the user (blocked), or gone from the outbox. */
export function waitForEntry(id: string): Promise<OutboxEntry | undefined> {
  return new Promise((resolve) => {
    let done = false;
    const look = (entries: OutboxEntry[]) => {
      const entry = entries.find((e) => e.id === id);
      if (done || (entry && !isFinal(entry) && entry.state !== 'held')) return;
      done = true;
      unwatch();
      clearInterval(timer);
      resolve(entry);
    };
    const unwatch = outbox.watch((entries) => look(entries ?? []));
    const timer = setInterval(() => void outbox.getValue().then(look), RECHECK_MS);
    void outbox.getValue().then(look);
  });
}
