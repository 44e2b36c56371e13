import type { InviteIndexDb } from './db';
import { isLive, normalizeEmail, type IndexedInvite } from './record';
import { addressRange, recordKey } from './record-key';
import { pack, unpack } from './stored';
import { freshState, type SyncState } from './sync-state';

// Reads and writes of the index; each is one IndexedDB transaction.

export async function putInvites(db: InviteIndexDb, records: readonly IndexedInvite[]): Promise<void> {
  const keys = await Promise.all(records.map((r) => recordKey(r.email, r.id)));
  const tx = db.transaction('invites', 'readwrite');
  await Promise.all([...records.map((r, n) => tx.store.put(pack(r), keys[n])), tx.done]);
}

/** Every invite to this address, across assessments: one key-range read, no request. */
export async function invitesFor(db: InviteIndexDb, email: string): Promise<IndexedInvite[]> {
  const address = normalizeEmail(email);
  const stored = await db.getAll('invites', await addressRange(address));
  return stored.filter((r) => r.e === address).map(unpack);
}

export function countInvites(db: InviteIndexDb): Promise<number> {
  return db.count('invites');
}

/** Newest first, those whose name, address or assessment contains every word of `query`. */
export async function searchInvites(db: InviteIndexDb, query: string, limit: number): Promise<IndexedInvite[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found: IndexedInvite[] = [];
  let cursor = await db.transaction('invites').store.index('bySentAt').openCursor(null, 'prev');
  while (cursor && found.length < limit) {
    const r = cursor.value;
    const text = `${r.n ?? ''} ${r.e} ${r.m}`.toLowerCase();
    if (words.every((w) => text.includes(w))) found.push(unpack(r));
    cursor = await cursor.continue();
  }
  return found;
}

/** Live invites the current refresh round has not seen in any live list: their status must be read anew. */
export async function unseenLive(db: InviteIndexDb, round: number): Promise<Array<[string, string]>> {
  const keys: Array<[string, string]> = [];
  let cursor = await db.transaction('invites').store.openCursor();
  while (cursor) {
    const r = cursor.value;
    if (isLive(r.s) && (r.k ?? 0) < round) keys.push([r.e, r.i]);
    cursor = await cursor.continue();
  }
  return keys;
}

export async function readState(db: InviteIndexDb): Promise<SyncState | undefined> {
  return db.get('meta', 'sync');
}

export async function writeState(db: InviteIndexDb, state: SyncState): Promise<void> {
  await db.put('meta', state, 'sync');
}

/** Empties the index and starts the sync over for `owner` (or leaves it unowned: nothing syncs). */
export async function clearIndex(db: InviteIndexDb, owner: string | null): Promise<void> {
  const tx = db.transaction(['invites', 'meta'], 'readwrite');
  await tx.objectStore('invites').clear();
  if (owner) await tx.objectStore('meta').put(freshState(owner), 'sync');
  else await tx.objectStore('meta').delete('sync');
  await tx.done;
}
