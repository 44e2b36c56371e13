import type { InviteIndexDb } from './db';
import { isLive, normalizeEmail, type IndexedInvite } from './record';
import { addressRange, recordKey } from './record-key';
import { fold } from '@/lib/search/fold';
import { matchTier } from '@/lib/search/match-tier';
import { forgetSearchMemo, noteWritten, searchMemo } from './search-memo';
import { pack, unpack, type StoredInvite } from './stored';
import { freshState, type SyncState } from './sync-state';

// Reads and writes of the index; each is one IndexedDB transaction.

export async function putInvites(db: InviteIndexDb, records: readonly IndexedInvite[]): Promise<void> {
  const keys = await Promise.all(records.map((r) => recordKey(r.email, r.id)));
  const tx = db.transaction('invites', 'readwrite');
  const packed = records.map((r, n) => [keys[n]!, pack(r)] as const);
  await Promise.all([...packed.map(([key, stored]) => tx.store.put(stored, key)), tx.done]);
  noteWritten(packed);
}

/** Every invite to this address, across assessments: one key-range read, no request. */
export async function invitesFor(db: InviteIndexDb, email: string): Promise<IndexedInvite[]> {
  const address = normalizeEmail(email);
  const stored = await db.getAll('invites', await addressRange(address));
  return stored.filter((r) => r.e === address).map(unpack);
}

/** Every invite of the index, newest first (the Follow up view; no request). */
export async function allInvites(db: InviteIndexDb): Promise<IndexedInvite[]> {
  return (await db.getAllFromIndex('invites', 'bySentAt')).reverse().map(unpack);
}

export function countInvites(db: InviteIndexDb): Promise<number> {
  return db.count('invites');
}

/**
 * Those whose name, address or assessment contains every word of `query`, in the product's search order
 * (docs/product.md, Search: the exact name first, then names that start with it, then word prefixes); the newest
 * sent first within each (an invite's "recently used"). Over the memo of every invite (search-memo.ts).
 */
export async function searchInvites(db: InviteIndexDb, query: string, limit: number): Promise<IndexedInvite[]> {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  const { records, texts } = await searchMemo(db);
  const found: Array<{ record: StoredInvite; tier: number; order: number }> = [];
  for (let n = records.length - 1; n >= 0; n--) {
    const text = texts[n]!;
    if (!terms.every((w) => text.includes(w))) continue;
    const r = records[n]!;
    found.push({ record: r, tier: matchTier([r.n ?? '', r.r ?? r.e, r.m], query), order: found.length });
  }
  return found
    .sort((a, b) => a.tier - b.tier || a.order - b.order)
    .slice(0, limit)
    .map((f) => unpack(f.record));
}

/** Live invites the current refresh round has not seen in any live list: their status must be read anew. */
export async function unseenLive(db: InviteIndexDb, round: number): Promise<Array<[string, string]>> {
  // One read of the whole store: a cursor over 50,000 records costs several times a getAll.
  return (await db.getAll('invites')).filter((r) => isLive(r.s) && (r.k ?? 0) < round).map((r) => [r.e, r.i]);
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
  forgetSearchMemo();
}
