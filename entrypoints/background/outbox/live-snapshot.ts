import type { ApiClient } from '@/lib/api/client';
import type { Invite } from '@/lib/api/schemas';
import { isLive } from '@/lib/invite-index/record';
import { listLiveInvites } from '@/lib/outbox/lookup';
import { outboxTiming } from '@/lib/outbox/timing';

// One read of an assessment's live invites answers every duplicate check asked within the next few seconds
// (docs/product.md, Duplicates). A batch of 150 to one assessment otherwise pages each live status 150 times: four
// requests an invite of a budget of 100 a minute. What this worker created lately is added to every answer, the
// shared read's and the invite index's (which learns of it only once the outbox has settled), so a second send to
// the same person is still seen; what others create is seen by the next read, as it would be by a check a few
// seconds older.

interface SharedRead {
  readAt: number;
  invites: Promise<Invite[]>;
}

const reads = new Map<string, SharedRead>();
/** Invites this worker created lately, by owner: longer than any read is shared or the index takes to learn them. */
const created: { owner: string; at: number; invite: Invite }[] = [];
const REMEMBER_CREATED_MS = 60_000;

/** The assessment's live invites, read at most `shareLiveReadMs` before this question, under this key (`owner`). */
export async function liveInvitesOf(client: ApiClient, owner: string, assessmentId: string): Promise<Invite[]> {
  const now = performance.now();
  for (const [id, r] of reads) if (now - r.readAt > outboxTiming.shareLiveReadMs) reads.delete(id);
  const id = `${owner}\n${assessmentId}`;
  let read = reads.get(id);
  if (!read) {
    const fresh: SharedRead = { readAt: now, invites: listLiveInvites(client, assessmentId) };
    // A failed read is not shared: the next check reads again.
    fresh.invites.catch(() => reads.get(id) === fresh && reads.delete(id));
    reads.set(id, fresh);
    read = fresh;
  }
  return withCreated(owner, assessmentId, await read.invites);
}

/** `invites` (of one assessment) with the live ones this worker created lately under `owner`, each once. */
export function withCreated(owner: string, assessmentId: string, invites: Invite[]): Invite[] {
  const now = performance.now();
  while (created.length > 0 && now - created[0]!.at > REMEMBER_CREATED_MS) created.shift();
  const mine = created.filter((c) => c.owner === owner && c.invite.assessmentId === assessmentId).map((c) => c.invite);
  const seen = new Set(invites.map((i) => i.id));
  return [...invites, ...mine.filter((i) => !seen.has(i.id) && seen.add(i.id) && isLive(i.status ?? 'pending'))];
}

/** An invite this worker just created (or found its ambiguous POST created) joins every duplicate check's answer. */
export function noteCreated(owner: string, invite: Invite): void {
  created.push({ owner, at: performance.now(), invite });
}

/** Nothing read or created so far is shared further (each unit test starts afresh, as a new worker does). */
export function forgetLiveReads(): void {
  reads.clear();
  created.length = 0;
}
