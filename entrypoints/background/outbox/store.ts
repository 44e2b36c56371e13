import type { OutboxEntry } from '@/lib/outbox/entry';
import { isOpen, isSettled } from '@/lib/outbox/states';
import { transition, type OutboxEvent } from '@/lib/outbox/transition';
import { outbox } from '@/lib/storage/items';
import { notifyOutcome } from '../notify';

/** Settled entries kept for the popup to show. */
const KEEP_SETTLED = 20;
const STORE_LOCK = 'outbox-store';

/**
 * Every change to the outbox goes through here under one Web Lock (docs/security.md REL-11), so concurrent sends,
 * a popup and a woken worker never overwrite each other.
 */
export function updateOutbox<T>(change: (entries: OutboxEntry[]) => { entries: OutboxEntry[]; result: T }): Promise<T> {
  // The lib's typing nests the callback's promise; the Web Locks API resolves to its value.
  return navigator.locks.request(STORE_LOCK, async () => {
    const { entries, result } = change(await outbox.getValue());
    const open = entries.filter(isOpen);
    const settled = entries.filter(isSettled).slice(0, KEEP_SETTLED);
    await outbox.setValue([...open, ...settled].sort((a, b) => b.createdAt - a.createdAt));
    return result;
  }) as Promise<T>;
}

/**
 * Applies one event of the transition table to an entry; returns the entry as it stands after. An entry whose
 * outcome nobody watches (a context-menu send, a popup closed) that comes to be held says so in a notification,
 * with what to do: whichever path held it (a refused key, access taken back, a key change).
 */
export async function applyEvent(id: string, event: OutboxEvent): Promise<OutboxEntry | undefined> {
  const { before, after } = await updateOutbox((entries) => {
    const change: { before?: OutboxEntry; after?: OutboxEntry } = {};
    const next = entries.map((e) => (e.id === id ? (change.after = transition((change.before = e), event)) : e));
    return { entries: next, result: change };
  });
  if (after?.state === 'held' && before?.state !== 'held' && after.notify) await notifyOutcome(after);
  return after;
}

/** Changes fields that are not the entry's state (who to tell, say). */
export function patchEntry(id: string, patch: Pick<Partial<OutboxEntry>, 'notify'>): Promise<OutboxEntry | undefined> {
  return updateOutbox((entries) => {
    let updated: OutboxEntry | undefined;
    const next = entries.map((e) => (e.id === id ? (updated = { ...e, ...patch }) : e));
    return { entries: next, result: updated };
  });
}

export async function getEntry(id: string): Promise<OutboxEntry | undefined> {
  return (await outbox.getValue()).find((e) => e.id === id);
}

export async function openEntries(): Promise<OutboxEntry[]> {
  return (await outbox.getValue()).filter(isOpen);
}

type Waiter = (entries: OutboxEntry[]) => void;
const waiters = new Set<Waiter>();
let unwatch: (() => void) | undefined;

/** One storage watch for every waiter, dropped when none is left. */
function subscribe(waiter: Waiter): () => void {
  waiters.add(waiter);
  unwatch ??= outbox.watch((entries) => [...waiters].forEach((w) => w(entries ?? [])));
  return () => {
    waiters.delete(waiter);
    if (waiters.size > 0) return;
    unwatch?.();
    unwatch = undefined;
  };
}

/** The entry once `done` says so, or as it stands after `ms`: waits on storage changes, never polls. */
export function waitForEntry(
  id: string,
  done: (e: OutboxEntry) => boolean,
  ms: number,
): Promise<OutboxEntry | undefined> {
  return new Promise((resolve) => {
    const finish = (entry: OutboxEntry | undefined) => {
      clearTimeout(timer);
      stop();
      resolve(entry);
    };
    const check = (entries: OutboxEntry[]) => {
      const entry = entries.find((e) => e.id === id);
      if (!entry || done(entry)) finish(entry);
    };
    const stop = subscribe(check);
    const timer = setTimeout(() => void getEntry(id).then(finish), ms);
    void outbox.getValue().then(check);
  });
}
