import type { InviteIndexDb } from './db';
import type { RecordKey } from './record-key';
import type { StoredInvite } from './stored';
import { fold } from '@/lib/search/fold';

// What "Search invites" searches, kept in memory by the context that writes the index (the background): every
// invite, oldest sent first, with its folded text. A read of all 50,000 records takes over a second in Chromium, and
// a keystroke must not wait for one (docs/product.md budgets); this memo is read once (when the Follow up view
// opens, or at the first search) and then kept equal to the index by its writes: an invite written again (a status
// read) is replaced in place, anything else (a new invite, a removal, the index emptied) drops the memo, to be read
// again at the next search. It lives as long as the worker does.

export interface SearchMemo {
  records: StoredInvite[];
  texts: string[];
}

interface Kept extends SearchMemo {
  at: Map<string, number>;
}

let kept: Kept | undefined;
/** Bumped by every write: a read that began before a write is not kept. */
let writes = 0;

const keyText = (key: RecordKey) => `${key[0]}:${key[1]}`;
const searchText = (r: StoredInvite) => fold(`${r.n ?? ''} ${r.r ?? r.e} ${r.m}`);

/** The memo, read from the index when there is none. */
export async function searchMemo(db: InviteIndexDb): Promise<SearchMemo> {
  if (kept) return kept;
  const before = writes;
  const tx = db.transaction('invites');
  const index = tx.store.index('bySentAt');
  const [records, keys] = await Promise.all([index.getAll(), index.getAllKeys()]);
  const read: Kept = { records, texts: records.map(searchText), at: new Map(keys.map((k, n) => [keyText(k), n])) };
  if (writes === before) kept = read;
  return read;
}

/** After a write of these records (under these keys) and removals: the memo stays equal to the index. */
export function noteWritten(puts: ReadonlyArray<readonly [RecordKey, StoredInvite]>, removed = 0): void {
  writes++;
  if (!kept) return;
  if (removed > 0) return void (kept = undefined);
  for (const [key, record] of puts) {
    const n = kept.at.get(keyText(key));
    // A new invite belongs somewhere in the order by sentAt: read again rather than sorted in here.
    if (n === undefined || kept.records[n]!.t !== record.t) return void (kept = undefined);
    kept.records[n] = record;
    kept.texts[n] = searchText(record);
  }
}

/** The index emptied (or another key's): nothing kept. */
export function forgetSearchMemo(): void {
  writes++;
  kept = undefined;
}
