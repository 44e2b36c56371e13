import type { ApiClient } from '@/lib/api/client';
import type { Invite } from '@/lib/api/schemas';
import { listLiveInvites } from '@/lib/outbox/lookup';
import { outboxTiming } from '@/lib/outbox/timing';

// One read of an assessment's live invites answers every duplicate check asked within the next few seconds
// (docs/product.md, Duplicates). A batch of 150 to one assessment otherwise pages each live status 150 times: four
// requests an invite of a budget of 100 a minute. What this worker creates meanwhile is added to the read, so a
// second send to the same person is still seen; what others create is seen by the next read, as it would be by a
// check a few seconds older.

interface Snapshot {
  owner: string;
  assessmentId: string;
  readAt: number;
  invites: Promise<Invite[]>;
  created: Invite[];
}

const snapshots = new Map<string, Snapshot>();

/** The assessment's live invites, read at most `shareLiveReadMs` before this question, under this key (`owner`). */
export async function liveInvitesOf(client: ApiClient, owner: string, assessmentId: string): Promise<Invite[]> {
  const now = performance.now();
  for (const [id, s] of snapshots) if (now - s.readAt > outboxTiming.shareLiveReadMs) snapshots.delete(id);
  const id = `${owner}\n${assessmentId}`;
  let snapshot = snapshots.get(id);
  if (!snapshot) {
    const read: Snapshot = {
      owner,
      assessmentId,
      readAt: now,
      invites: listLiveInvites(client, assessmentId),
      created: [],
    };
    // A failed read is not shared: the next check reads again.
    read.invites.catch(() => snapshots.get(id) === read && snapshots.delete(id));
    snapshots.set(id, read);
    snapshot = read;
  }
  const invites = await snapshot.invites;
  return [...invites, ...snapshot.created];
}

/** An invite this worker just created joins the reads of its assessment still being shared. */
export function noteCreated(owner: string, invite: Invite): void {
  for (const s of snapshots.values())
    if (s.owner === owner && s.assessmentId === invite.assessmentId) s.created.push(invite);
}

/** Reads shared so far are not shared further (the key in force changed; each unit test starts afresh). */
export function forgetLiveReads(): void {
  snapshots.clear();
}
