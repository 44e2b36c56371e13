import { isFinal, type OutboxEntry } from '@/lib/outbox/entry';
import { outbox } from '@/lib/storage/items';

/** Settled entries kept for the popup to show. */
const KEEP_SETTLED = 20;

let writes: Promise<unknown> = Promise.resolve();

/** Every change to the outbox goes through here, one at a time, so concurrent sends never overwrite each other. */
export function updateOutbox<T>(change: (entries: OutboxEntry[]) => { entries: OutboxEntry[]; result: T }): Promise<T> {
  const turn = writes.then(async () => {
    const { entries, result } = change(await outbox.getValue());
    const open = entries.filter((e) => !isFinal(e));
    const settled = entries.filter(isFinal).slice(0, KEEP_SETTLED);
    await outbox.setValue([...open, ...settled].sort((a, b) => b.createdAt - a.createdAt));
    return result;
  });
  writes = turn.catch(() => undefined);
  return turn;
}

/** Changes an entry that is still open; a cancelled or settled one stays as it is (and is returned as it is). */
export function patchEntry(id: string, patch: Partial<OutboxEntry>): Promise<OutboxEntry | undefined> {
  return updateOutbox((entries) => {
    let updated: OutboxEntry | undefined;
    const next = entries.map((e) => {
      if (e.id !== id) return e;
      updated = isFinal(e) ? e : { ...e, ...patch };
      return updated;
    });
    return { entries: next, result: updated };
  });
}

export async function getEntry(id: string): Promise<OutboxEntry | undefined> {
  await writes;
  return (await outbox.getValue()).find((e) => e.id === id);
}

export async function openEntries(): Promise<OutboxEntry[]> {
  await writes;
  return (await outbox.getValue()).filter((e) => !isFinal(e));
}
