import type { ApiClient } from '@/lib/api/client';
import { getInvite, listInvites, PAGE_LIMIT } from '@/lib/api/endpoints';
import { AppError } from '@/lib/api/errors';
import type { Invite } from '@/lib/api/schemas';
import type { InviteIndexDb } from './db';
import { LIVE_STATUSES, toRecord, type IndexedInvite, type StatusChange } from './record';
import { noteWritten } from './search-memo';
import { clearIndex, readState, unseenLive } from './store';
import { recordKey } from './record-key';
import { pack } from './stored';
import { freshState, type SyncState } from './sync-state';
import { ageOf, clockNow } from '@/lib/time/clock';

// One unit of sync work: at most one request. The caller decides when steps run (alarms, the rate budget); the
// state after each step is persisted with the records it brought, so a stopped worker resumes where it was.
//   1. First sync: `GET /invites?sort=sent_at&order=asc`, page by page (docs/api.md §5.2). Oldest first, so
//      invites created meanwhile land on later pages and nothing shifts under the cursor.
//   2. Incremental: the newest-first list, until it reaches what the index already has.
//   3. Live statuses: each live status's list (the `status` filter); a live invite no list showed has changed
//      and is read by id.

export interface SyncTiming {
  incrementalEveryMs: number;
  liveRefreshEveryMs: number;
}

/**
 * A live round every 8 minutes: a change in AlfaOne is in the index within 10 (docs/product.md, Follow up: 8 minutes
 * plus a round of ~20 list pages at 2,000 live invites, paced at half the budget), at a few percent of the budget
 * over an hour (npm run bench measures both).
 */
export const DEFAULT_TIMING: SyncTiming = { incrementalEveryMs: 60_000, liveRefreshEveryMs: 8 * 60_000 };

export interface SyncContext {
  db: InviteIndexDb;
  client: ApiClient;
  /** Whose invites: another owner than the stored one clears the index first. */
  owner: string;
  now?: () => number;
  timing?: SyncTiming;
  /** Invites per page: the API's maximum, except in tests that need many pages from little data. */
  pageSize?: number;
}

/**
 * Not done: call again (budget permitting). Done: nothing is due before `nextDueAt`. `changes`: the invites whose
 * status the step found changed (for the notifications).
 */
export type StepOutcome = ({ done: false } | { done: true; nextDueAt: number }) & { changes?: StatusChange[] };

const maxIso = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const newestOf = (invites: readonly Invite[]) => invites.reduce<string | null>((m, i) => maxIso(m, i.sentAt), null);

export async function syncStep(ctx: SyncContext): Promise<StepOutcome> {
  const now = (ctx.now ?? clockNow)();
  const timing = ctx.timing ?? DEFAULT_TIMING;
  let state = await readState(ctx.db);
  if (!state || state.owner !== ctx.owner) {
    await clearIndex(ctx.db, ctx.owner);
    state = freshState(ctx.owner);
  }
  if (state.phase === 'initial') return initialPage(ctx, state, now);
  if (state.incrementalPage !== null || ageOf(state.lastIncrementalAt, now) >= timing.incrementalEveryMs)
    return incrementalPage(ctx, state, now);
  if (state.live || ageOf(state.lastLiveRefreshAt, now) >= timing.liveRefreshEveryMs) return liveStep(ctx, state, now);
  return {
    done: true,
    nextDueAt: Math.min(
      state.lastIncrementalAt + timing.incrementalEveryMs,
      state.lastLiveRefreshAt + timing.liveRefreshEveryMs,
    ),
  };
}

/** Runs steps until nothing is due (tests and the bench; the extension paces steps with alarms). */
export async function syncUntilIdle(ctx: SyncContext): Promise<void> {
  while (!(await syncStep(ctx)).done);
}

async function initialPage(ctx: SyncContext, state: SyncState, now: number): Promise<StepOutcome> {
  const { invites, pagination } = await listInvites(ctx.client, {
    sort: 'sent_at',
    order: 'asc',
    limit: ctx.pageSize ?? PAGE_LIMIT,
    page: state.nextPage,
  });
  const last = !pagination || state.nextPage >= pagination.totalPages || invites.length === 0;
  const next: SyncState = {
    ...state,
    requests: state.requests + 1,
    nextPage: state.nextPage + 1,
    totalPages: pagination?.totalPages ?? 1,
    newestSentAt: maxIso(state.newestSentAt, newestOf(invites)),
    startedAt: state.startedAt ?? now,
    // Statuses read early in a long first sync are as old as its start: the live round counts from there.
    ...(last
      ? { phase: 'ready', completedAt: now, lastIncrementalAt: now, lastLiveRefreshAt: state.startedAt ?? now }
      : {}),
  };
  await commit(
    ctx,
    next,
    invites.map((i) => toRecord(i, state.round)),
  );
  return { done: false };
}

async function incrementalPage(ctx: SyncContext, state: SyncState, now: number): Promise<StepOutcome> {
  const page = state.incrementalPage ?? 1;
  const { invites, pagination } = await listInvites(ctx.client, {
    sort: 'sent_at',
    order: 'desc',
    limit: ctx.pageSize ?? PAGE_LIMIT,
    page,
  });
  const floor = state.newestSentAt;
  const reachedKnown = floor !== null && invites.some((i) => i.sentAt < floor);
  const last = reachedKnown || !pagination || page >= pagination.totalPages || invites.length === 0;
  const newest = maxIso(state.incrementalNewest, newestOf(invites));
  const next: SyncState = {
    ...state,
    requests: state.requests + 1,
    ...(last
      ? { incrementalPage: null, incrementalNewest: null, newestSentAt: maxIso(floor, newest), lastIncrementalAt: now }
      : { incrementalPage: page + 1, incrementalNewest: newest }),
  };
  const changes = await commit(
    ctx,
    next,
    invites.map((i) => toRecord(i, state.round)),
  );
  return { done: false, changes };
}

async function liveStep(ctx: SyncContext, state: SyncState, now: number): Promise<StepOutcome> {
  const live = state.live ?? { round: state.round + 1, statusIndex: 0, page: 1 };
  const status = LIVE_STATUSES[live.statusIndex];
  if (status) {
    const { invites, pagination } = await listInvites(ctx.client, {
      status,
      sort: 'sent_at',
      order: 'asc',
      limit: ctx.pageSize ?? PAGE_LIMIT,
      page: live.page,
    });
    const last = !pagination || live.page >= pagination.totalPages || invites.length === 0;
    const next = last ? { ...live, statusIndex: live.statusIndex + 1, page: 1 } : { ...live, page: live.page + 1 };
    // Older API versions omit `status` from list items (docs/api.md §9 #6): the filter says what it is.
    const records = invites.map((i) => toRecord({ ...i, status: i.status ?? status }, live.round));
    const changes = await commit(ctx, { ...state, requests: state.requests + 1, live: next }, records);
    return { done: false, changes };
  }
  if (!live.stale) {
    await commit(ctx, { ...state, live: { ...live, stale: await unseenLive(ctx.db, live.round) } }, []);
    return { done: false };
  }
  const [key, ...rest] = live.stale;
  if (!key) {
    await commit(ctx, { ...state, live: null, round: live.round, lastLiveRefreshAt: now }, []);
    return { done: false };
  }
  const fresh = await readById(ctx.client, key[1]);
  const changes = await commit(
    ctx,
    { ...state, requests: state.requests + 1, live: { ...live, stale: rest } },
    fresh ? [toRecord(fresh, live.round)] : [],
    fresh ? [] : [key],
  );
  return { done: false, changes };
}

/** The invite by id; undefined when AlfaOne no longer has it. */
export async function readById(client: ApiClient, id: string): Promise<Invite | undefined> {
  try {
    return await getInvite(client, id);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not-found') return undefined;
    throw error;
  }
}

/**
 * Records and state in one transaction, only if the index still belongs to this owner: a key removed or
 * replaced while the request was out must not get the old key's invites back. Returns the invites whose status
 * changed (one the index did not have is no change); what the index knew of one as sent from this browser stays.
 */
async function commit(
  ctx: Pick<SyncContext, 'db' | 'owner'>,
  state: SyncState,
  records: IndexedInvite[],
  removed: Array<[string, string]> = [],
): Promise<StatusChange[]> {
  // Digests first: a transaction closes when it waits on anything but its own requests.
  const [putKeys, removedKeys] = await Promise.all([
    Promise.all(records.map((r) => recordKey(r.email, r.id))),
    Promise.all(removed.map(([email, id]) => recordKey(email, id))),
  ]);
  const tx = ctx.db.transaction(['invites', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const stored = await meta.get('sync');
  if (!stored || stored.owner !== ctx.owner) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return [];
  }
  const invites = tx.objectStore('invites');
  const [before, gone] = await Promise.all([
    Promise.all(putKeys.map((key) => invites.get(key))),
    Promise.all(removedKeys.map((key) => invites.get(key))),
  ]);
  const changes: StatusChange[] = [];
  // The per-status counts as this transaction leaves the index (the stored state's, not the caller's copy).
  const counts = stored.counts ? { ...stored.counts } : undefined;
  const count = (status: string | undefined, by: number) => {
    if (counts && status !== undefined) counts[status] = (counts[status] ?? 0) + by;
  };
  // An invite twice in one batch: its second write replaces its first, not what was stored.
  const written = new Map<string, string>();
  const kept = records.map((r, n) => {
    const old = before[n];
    const record = old?.o || r.own ? { ...r, own: true } : r;
    if (old && old.s !== r.status) changes.push({ before: old.s, invite: record });
    const key = putKeys[n]!.join(':');
    count(written.has(key) ? written.get(key) : old?.s, -1);
    count(r.status, 1);
    written.set(key, r.status);
    return record;
  });
  for (const old of gone) count(old?.s, -1);
  const packed = kept.map((r, n) => [putKeys[n]!, pack(r)] as const);
  await Promise.all([
    ...packed.map(([key, record]) => invites.put(record, key)),
    ...removedKeys.map((k) => invites.delete(k)),
    meta.put(counts ? { ...state, counts } : state, 'sync'),
    tx.done,
  ]);
  noteWritten(packed, removedKeys.length);
  return changes;
}

/** Re-reads these invites by id: the live statuses of the candidate in view, fresh on arrival. */
export async function refreshByIds(ctx: SyncContext, records: readonly IndexedInvite[]): Promise<StatusChange[]> {
  const changes: StatusChange[] = [];
  for (const record of records) {
    const fresh = await readById(ctx.client, record.id);
    const state = await readState(ctx.db);
    if (!state) return changes;
    const found = await commit(
      ctx,
      state,
      fresh ? [toRecord(fresh, record.seenRound)] : [],
      fresh ? [] : [[record.email, record.id]],
    );
    changes.push(...found);
  }
  return changes;
}

/**
 * Invites AlfaOne just confirmed to us (our own sends): into the index at once, if it is this owner's. `own`: sent
 * from this browser (not a live invite found by a duplicate check).
 */
export async function addConfirmed(
  ctx: Pick<SyncContext, 'db' | 'owner'>,
  invites: readonly Invite[],
  own: ReadonlySet<string> = new Set(),
): Promise<void> {
  const state = await readState(ctx.db);
  if (state && invites.length)
    await commit(
      ctx,
      state,
      invites.map((i) => ({ ...toRecord(i), ...(own.has(i.id) ? { own: true } : {}) })),
    );
}
