import type { InviteIndexDb } from './db';
import {
  EXPIRING_SOON_MS,
  FOLLOW_UP_GROUPS,
  newestPerPair,
  pairOf,
  rowOf,
  type FollowUpGroup,
  type FollowUpGroupName,
} from './follow-up';
import { normalizeEmail } from './record';
import { addressRange } from './record-key';
import { unpack, type StoredInvite } from './stored';

// The Follow up view's groups read from the `byStatus` index (db.ts): each group is one or a few ranges of
// [status, minus its date], counted and read `perGroup` deep, so opening the view costs about the same at 500
// invites or at 50,000 (a read of the whole index takes over a second there). The index's own order is the newest
// first, so most ranges are one `getAll` with a count; Expiring soon, read soonest first, takes a cursor. Search
// still reads every invite (store.ts).

interface Range {
  keys: IDBKeyRange;
  /** Read against the index's order (Expiring soon: the soonest first). */
  oldestFirst?: boolean;
}

/** `status`'s invites whose date is in (after, upTo], as a range of the index's [status, -date] keys. */
function dated(status: string, after = -Infinity, upTo = Infinity): IDBKeyRange {
  return IDBKeyRange.bound([status, -upTo], [status, -after], false, after !== -Infinity);
}

/** Which ranges make each group at `now` (follow-up.ts `groupOf`, as ranges of the index). */
function rangesOf(group: FollowUpGroupName, now: number): Range[] {
  const soon = now + EXPIRING_SOON_MS;
  switch (group) {
    case 'completed':
    case 'started':
    case 'accepted':
      return [{ keys: dated(group) }];
    // Pending invites are in the index by expiry: the latest expiry first (the newest sent, for one expiry period).
    case 'notStarted':
      return [{ keys: dated('pending', soon) }];
    case 'expiringSoon':
      return [{ keys: dated('pending', now, soon), oldestFirst: true }];
    case 'expired':
      return [{ keys: dated('expired') }, { keys: dated('revoked') }, { keys: dated('pending', -Infinity, now) }];
  }
}

async function readRange(db: InviteIndexDb, { keys, oldestFirst }: Range, limit: number): Promise<StoredInvite[]> {
  const index = db.transaction('invites').store.index('byStatus');
  if (!oldestFirst) return index.getAll(keys, limit);
  const found: StoredInvite[] = [];
  let cursor = await index.openCursor(keys, 'prev');
  while (cursor) {
    found.push(cursor.value);
    cursor = found.length < limit ? await cursor.continue() : null;
  }
  return found;
}

/**
 * Each group's count. Counting index entries walks them (about half a second for 50,000 in Chromium), so the
 * statuses' counts the sync keeps (sync-state.ts) are used when given, and only pending invites are split by their
 * expiry here: a count of the few that expire soon or have passed their date.
 */
async function countGroups(
  db: InviteIndexDb,
  now: number,
  counts: Record<string, number> | undefined,
): Promise<Record<FollowUpGroupName, number>> {
  const countOf = (keys: IDBKeyRange) => db.transaction('invites').store.index('byStatus').count(keys);
  const whole = (status: string) => (counts ? Promise.resolve(counts[status] ?? 0) : countOf(dated(status)));
  const [completed, started, accepted, expired, revoked, pending, expiringSoon, pendingPast] = await Promise.all([
    ...['completed', 'started', 'accepted', 'expired', 'revoked', 'pending'].map(whole),
    countOf(dated('pending', now, now + EXPIRING_SOON_MS)),
    countOf(dated('pending', -Infinity, now)),
  ]);
  return {
    completed: completed!,
    started: started!,
    accepted: accepted!,
    notStarted: pending! - expiringSoon! - pendingPast!,
    expiringSoon: expiringSoon!,
    expired: expired! + revoked! + pendingPast!,
  };
}

/**
 * The six groups at `now`, each with its count and its first `perGroup` rows in the view's order; `counts`: the
 * index's per-status counts, when the sync keeps them.
 */
export async function readFollowUpGroups(
  db: InviteIndexDb,
  now: number,
  perGroup: number,
  counts?: Record<string, number>,
): Promise<FollowUpGroup[]> {
  const [groups, groupCounts] = await Promise.all([
    Promise.all(
      FOLLOW_UP_GROUPS.map(async (name) => {
        const parts = await Promise.all(rangesOf(name, now).map((range) => readRange(db, range, perGroup)));
        // Several ranges (Expired's three) merge newest first; one range is in its order already.
        const merged = parts.flat();
        if (parts.length > 1) merged.sort((a, b) => a.g - b.g);
        return { name, first: merged.slice(0, perGroup) };
      }),
    ),
    countGroups(db, now, counts),
  ]);
  // A lapsed row shows its newer invite to the same person for the same assessment (Invite again): the people of
  // the lapsed rows, read in one transaction.
  const people = new Set(groups.find((g) => g.name === 'expired')!.first.map((r) => normalizeEmail(r.e)));
  const ranges = await Promise.all([...people].map((email) => addressRange(email)));
  const tx = db.transaction('invites');
  const theirs = await Promise.all(ranges.map((range) => tx.store.getAll(range)));
  const newest = newestPerPair(
    theirs
      .flat()
      .filter((r) => people.has(r.e))
      .map(unpack),
  );
  return groups.map(({ name, first }) => ({
    name,
    count: groupCounts[name],
    rows: first.map(unpack).map((record) => rowOf(record, name, newest.get(pairOf(record)))),
  }));
}
