import type { Invite } from '@/lib/api/schemas';
import { openIndexDb } from '@/lib/invite-index/db';
import { summarize } from '@/lib/invite-index/lookup';
import { invitesFor, readState } from '@/lib/invite-index/store';
import { currentOwner } from './owner';
import { refreshCandidate } from './lookup-service';

// The duplicate check's question (docs/product.md, Duplicates) answered from the index when it can be trusted:
// synced for this key, and brought up to date for this person first (the newest invites, their live invites re-read
// by id: at most 4 requests instead of paging the assessment's whole list).

/** Live invites for this email and assessment, or null when the index cannot answer (not synced, another key). */
export async function liveInvitesFromIndex(assessmentId: string, email: string): Promise<Invite[] | null> {
  const [db, who] = await Promise.all([openIndexDb(), currentOwner()]);
  const state = await readState(db);
  if (!who || state?.owner !== who.owner || state.phase !== 'ready') return null;
  await refreshCandidate(db, who, email, { force: true });
  const { live } = summarize(await invitesFor(db, email));
  return live.filter((r) => r.assessmentId === assessmentId).map(({ email: _key, seenRound: _round, ...invite }) => invite);
}
