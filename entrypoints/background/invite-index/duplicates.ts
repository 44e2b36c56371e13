import type { ApiClient } from '@/lib/api/client';
import type { Invite } from '@/lib/api/schemas';
import { openIndexDb } from '@/lib/invite-index/db';
import { summarize } from '@/lib/invite-index/lookup';
import { invitesFor, readState } from '@/lib/invite-index/store';
import type { SyncState } from '@/lib/invite-index/sync-state';
import { liveInvitesOf, withCreated } from '../outbox/live-snapshot';
import { currentOwner } from './owner';
import { refreshCandidate } from './lookup-service';
import { ageOf, clockNow } from '@/lib/time/clock';

// The duplicate check's question (docs/product.md, Duplicates) answered from the index only when it is fresh for
// this key: synced for the key in force, and brought up to date for this person just now (the newest invites
// fetched to the end, their live invites re-read by id: a few requests instead of paging each live status).
// Otherwise the outbox's own answer: each live status of the assessment paged to its end, one read shared by the
// checks of the next few seconds (outbox/live-snapshot.ts).

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Live invites for this email and assessment: from the fresh index, else by paging AlfaOne under this key (`owner`). */
export async function findLiveInvites(
  client: ApiClient,
  owner: string,
  assessmentId: string,
  email: string,
): Promise<Invite[]> {
  // The index answers only when it can without waiting: bringing it up to date first queues each check behind the
  // half-budget sync, which stalled 150 concurrent sends (e2e/load.spec.ts). Until that wait is bounded, a send asks
  // AlfaOne directly whenever the index is not already known to be fresh.
  const fromIndex = await liveInvitesFromIndexNow(assessmentId, email).catch(() => null);
  const live = fromIndex
    ? withCreated(owner, assessmentId, fromIndex)
    : await liveInvitesOf(client, owner, assessmentId);
  return live.filter((i) => sameEmail(i.recipientEmail, email));
}

/** Live invites from the index, or null when it cannot answer (not synced, another key, not brought up to date). */
export async function liveInvitesFromIndex(assessmentId: string, email: string): Promise<Invite[] | null> {
  const [db, who] = await Promise.all([openIndexDb(), currentOwner()]);
  if (!who || !usable(await readState(db), who.owner)) return null;
  const asked = clockNow();
  await refreshCandidate(db, who, email, { force: true });
  const state = await readState(db);
  // Fresh: the fetch of newer invites finished after this question was asked, for this same key.
  if (!usable(state, who.owner) || state.lastIncrementalAt < asked || ageOf(state.lastIncrementalAt) === Infinity)
    return null;
  const { live } = summarize(await invitesFor(db, email));
  return live
    .filter((r) => r.assessmentId === assessmentId)
    .map(({ email: _key, seenRound: _round, ...invite }) => invite);
}

/** The index's answer without refreshing it: only when an incremental fetch finished within the last few seconds. */
async function liveInvitesFromIndexNow(assessmentId: string, email: string): Promise<Invite[] | null> {
  const [db, who] = await Promise.all([openIndexDb(), currentOwner()]);
  const state = who ? await readState(db) : null;
  if (!who || !usable(state, who.owner) || ageOf(state.lastIncrementalAt) > FRESH_MS) return null;
  const { live } = summarize(await invitesFor(db, email));
  return live
    .filter((r) => r.assessmentId === assessmentId)
    .map(({ email: _key, seenRound: _round, ...invite }) => invite);
}

const FRESH_MS = 5_000;

function usable(state: SyncState | undefined | null, owner: string): state is SyncState {
  return !!state && state.owner === owner && state.phase === 'ready' && state.incrementalPage === null;
}
