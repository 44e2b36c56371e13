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
import type { IndexedInvite } from './record';
import { invitesFor } from './store';
import { unpack } from './stored';

// The Follow up view's groups read from the `byStatus` index (db.ts): each group is one or a few ranges of
// [status, date], counted and read `perGroup` deep, so opening the view costs about the same at 500 invites or at
// 50,000 (a read of the whole index takes over a second there). Search still reads every invite (store.ts).

interface Range {
  status: string;
  /** Dates in (after, upTo]; unbounded when absent. */
  after?: number;
  upTo?: number;
  newestFirst: boolean;
}

/** Which ranges make each group at `now` (follow-up.ts `groupOf`, as ranges of the index). */
function rangesOf(group: FollowUpGroupName, now: number): Range[] {
  const soon = now + EXPIRING_SOON_MS;
  switch (group) {
    case 'completed':
    case 'started':
    case 'accepted':
      return [{ status: group, newestFirst: true }];
    // Pending invites are in the index by expiry: the latest expiry first (the newest sent, for one expiry period).
    case 'notStarted':
      return [{ status: 'pending', after: soon, newestFirst: true }];
    case 'expiringSoon':
      return [{ status: 'pending', after: now, upTo: soon, newestFirst: false }];
    case 'expired':
      return [
        { status: 'expired', newestFirst: true },
        { status: 'revoked', newestFirst: true },
        { status: 'pending', upTo: now, newestFirst: true },
      ];
  }
}

const keyRange = ({ status, after, upTo }: Range) =>
  IDBKeyRange.bound([status, after ?? -Infinity], [status, upTo ?? Infinity], after !== undefined, false);

async function readRange(db: InviteIndexDb, range: Range, limit: number) {
  const index = db.transaction('invites').store.index('byStatus');
  const [count, first] = await Promise.all([
    index.count(keyRange(range)),
    (async () => {
      const found = [];
      let cursor = await index.openCursor(keyRange(range), range.newestFirst ? 'prev' : 'next');
      while (cursor && found.length < limit) {
        found.push(cursor.value);
        cursor = await cursor.continue();
      }
      return found;
    })(),
  ]);
  return { count, first };
}

/** The six groups at `now`, each with its count and its first `perGroup` rows in the view's order. */
export async function readFollowUpGroups(db: InviteIndexDb, now: number, perGroup: number): Promise<FollowUpGroup[]> {
  const groups = await Promise.all(
    FOLLOW_UP_GROUPS.map(async (name) => {
      const parts = await Promise.all(rangesOf(name, now).map((range) => readRange(db, range, perGroup)));
      // Several ranges (Expired's three) merge newest first; one range is in its order already.
      const merged = parts.flatMap((part) => part.first);
      if (parts.length > 1) merged.sort((a, b) => b.g - a.g);
      const first = merged.slice(0, perGroup).map(unpack);
      return { name, count: parts.reduce((sum, part) => sum + part.count, 0), first };
    }),
  );
  // A lapsed row shows its newer invite to the same person for the same assessment (Invite again): read per person.
  const lapsed = groups.find((g) => g.name === 'expired')!.first;
  const newest = newestPerPair(
    (await Promise.all([...new Set(lapsed.map((r) => r.email))].map((email) => invitesFor(db, email)))).flat(),
  );
  return groups.map(({ name, count, first }) => ({
    name,
    count,
    rows: first.map((record: IndexedInvite) => rowOf(record, name, newest.get(pairOf(record)))),
  }));
}
