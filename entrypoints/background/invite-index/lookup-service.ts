import { openIndexDb, type InviteIndexDb } from '@/lib/invite-index/db';
import { summarize } from '@/lib/invite-index/lookup';
import type { CandidateInvites, InviteIndexStatus, LocalInviteSearch } from '@/lib/invite-index/status';
import type { SyncState } from '@/lib/invite-index/sync-state';
import { clearIndex, countInvites, invitesFor, readState, searchInvites } from '@/lib/invite-index/store';
import { refreshByIds, syncStep } from '@/lib/invite-index/sync-step';
import { withApi } from '../api-access';
import { exclusive } from './lock';
import { currentOwner, type IndexOwner } from './owner';
import { runSync } from './schedule';
import { notifyStatusChanges } from '../follow-up/status-notify';
import { knownHostPermission } from '../host-permission';
import { ageOf, clockNow } from '@/lib/time/clock';

// The surfaces' questions to the index. A lookup is a local read; on arrival at a candidate it also brings the
// index up to date for that person with at most 4 requests (docs/product.md, Side panel: ≤ 4 per visit).

/**
 * Newer invites are fetched on arrival unless the last fetch began less than this before (docs/product.md, Follow up:
 * an invite made up to 2 s before the visit is known; rapid navigation shares one read).
 */
export const ARRIVAL_INCREMENTAL_MS = 2_000;
/** The candidate's live invites re-read by id on arrival, at most. */
const ARRIVAL_MAX_READS = 3;
/** An invite re-read this recently is not read again (the same candidate seen twice in a visit). */
const REREAD_AFTER_MS = 60_000;
const readAt = new Map<string, number>();

export async function candidateInvites(email: string): Promise<CandidateInvites> {
  const [db, who] = await Promise.all([openIndexDb(), currentOwner()]);
  if (who) await refreshCandidate(db, who, email).catch(() => undefined);
  return { email, ...summarize(await invitesFor(db, email)), index: await indexStatus(db, who) };
}

export async function searchLocalInvites(query: string, limit: number): Promise<LocalInviteSearch> {
  const [db, who] = await Promise.all([openIndexDb(), currentOwner()]);
  return { invites: await searchInvites(db, query, limit), index: await indexStatus(db, who) };
}

export async function getIndexStatus(): Promise<InviteIndexStatus> {
  const [db, who] = await Promise.all([openIndexDb(), currentOwner()]);
  return indexStatus(db, who);
}

/** "Clear local invite data": empties the index; while a key is saved it is read again from AlfaOne. */
export async function clearLocalInvites(): Promise<InviteIndexStatus> {
  const db = await openIndexDb();
  await exclusive(() => clearIndex(db, null));
  readAt.clear();
  counted = undefined;
  void runSync();
  return indexStatus(db, await currentOwner());
}

/** `state`: the sync state, when the caller has just read it. */
export async function indexStatus(
  db: InviteIndexDb,
  who: IndexOwner | null,
  state: SyncState | undefined | null = null,
): Promise<InviteIndexStatus> {
  if (state === null) state = await readState(db);
  if (!who || !(await knownHostPermission(who.settings.baseUrl)))
    return { state: 'off', count: 0, pagesDone: 0, totalPages: null, updatedAt: null };
  // A key just saved or switched to: its sync is about to start (the change queued it). Saying "syncing" keeps the
  // side panel asking, where "off" would make it stop before the first page arrived.
  if (!state || state.owner !== who.owner)
    return { state: 'syncing', count: 0, pagesDone: 0, totalPages: null, updatedAt: null };
  return {
    state: state.phase === 'ready' ? 'ready' : 'syncing',
    // The commits' per-status counts when the state has them: counting 50,000 records takes tens of ms.
    count: state.counts ? Object.values(state.counts).reduce((sum, n) => sum + n, 0) : await countOf(db, state.owner),
    pagesDone: state.nextPage - 1,
    totalPages: state.totalPages,
    updatedAt: state.phase === 'ready' ? state.lastIncrementalAt : null,
  };
}

/** Counting 50,000 records costs more than the lookup it rides on: a count is reused for a few seconds. */
const COUNT_FOR_MS = 5_000;
let counted: { owner: string; at: number; count: number } | undefined;

async function countOf(db: InviteIndexDb, owner: string): Promise<number> {
  const now = performance.now();
  if (counted?.owner === owner && now - counted.at < COUNT_FOR_MS) return counted.count;
  counted = { owner, at: now, count: await countInvites(db) };
  return counted.count;
}

/**
 * Brings the index up to date for one person: the newest invites (when the last fetch is not recent), and their
 * live invites re-read by id. `force`: before a send, nothing is taken as recent enough.
 */
export function refreshCandidate(
  db: InviteIndexDb,
  who: IndexOwner,
  email: string,
  { force = false } = {},
): Promise<void> {
  return exclusive(async () => {
    const state = await readState(db);
    if (!state || state.owner !== who.owner || state.phase !== 'ready') return;
    const now = clockNow();
    const incrementalDue =
      state.incrementalPage === null && (force || ageOf(state.lastIncrementalAt, now) >= ARRIVAL_INCREMENTAL_MS);
    const live = summarize(await invitesFor(db, email)).live.filter(
      (r) => force || ageOf(readAt.get(r.id) ?? 0, now) >= REREAD_AFTER_MS,
    );
    if (!incrementalDue && live.length === 0) return;
    // The user's own request budget: they are looking at this person now.
    const changes = await withApi(async (client) => {
      const ctx = { db, client, owner: who.owner };
      const step = incrementalDue
        ? await syncStep({
            ...ctx,
            timing: { incrementalEveryMs: force ? 0 : ARRIVAL_INCREMENTAL_MS, liveRefreshEveryMs: Infinity },
          })
        : { changes: [] };
      const reads = live.slice(0, ARRIVAL_MAX_READS);
      reads.forEach((r) => readAt.set(r.id, now));
      return [...(step.changes ?? []), ...(await refreshByIds(ctx, reads))];
    });
    // A change this read saw is told like one the periodic refresh saw (docs/product.md, Follow up).
    void notifyStatusChanges(changes).catch(() => undefined);
  });
}
