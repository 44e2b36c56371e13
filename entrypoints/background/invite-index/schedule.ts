import { browser } from 'wxt/browser';
import { AppError, isKeyError } from '@/lib/api/errors';
import { openIndexDb } from '@/lib/invite-index/db';
import type { StatusChange } from '@/lib/invite-index/record';
import { DEFAULT_TIMING, syncStep, type SyncTiming } from '@/lib/invite-index/sync-step';
import { isTestBuild } from '@/lib/outbox/timing';
import { testLiveRefreshMs } from '@/lib/storage/items';
import { notifyStatusChanges } from '../follow-up/status-notify';
import { RATE_TIERS } from '@/lib/settings/settings';
import { budgetedClient, markKeyNeedsAttention } from '../api-access';
import { currentWait, takeSlot } from '../rate-budget';
import { hasHostPermission } from '../host-permission';
import { currentOwner } from './owner';
import { exclusive } from './lock';
import { wallTime } from '@/lib/time/clock';

// The sync runs in steps while the shared rate budget has room below half of it (docs/product.md, Invite index:
// "at most half of it, so the user's own sends never wait"), then an alarm wakes the worker when there is room
// again or work is due. No sleeping: a stopped worker loses nothing, the cursor is in the index.

export const INDEX_ALARM = 'invite-index';
/** After a failed step (offline, 5xx): try again later, the alarm way. */
const RETRY_MS = 60_000;
/** Steps in one run, so a run never outlives a worker's event (each step is one request). */
const MAX_STEPS_PER_RUN = 200;

export const syncShare = (tier: keyof typeof RATE_TIERS) => Math.max(1, Math.floor(RATE_TIERS[tier] / 2));

/** A run asked for and not yet started: it reads the key, its status and the settings only as it starts. */
let waiting: Promise<void> | undefined;

/**
 * Runs the sync as far as the budget allows now, then sets the alarm for the next run. Asks while a run waits its
 * turn are that run: a change that writes several records (a key switch: the key, then its status) starts one sync.
 */
export function runSync(): Promise<void> {
  waiting ??= exclusive(async () => {
    waiting = undefined;
    await syncRun();
  });
  return waiting;
}

async function syncRun(): Promise<void> {
  const changes: StatusChange[] = [];
  try {
    await syncSteps(changes);
  } finally {
    // One notification per kind for all a run saw (docs/product.md, Follow up: a burst is one notification).
    await notifyStatusChanges(changes).catch(() => undefined);
  }
}

/** The refresh periods; a test build may shorten the live one for one end-to-end test (storage item). */
async function syncTiming(): Promise<SyncTiming> {
  const live = isTestBuild ? await testLiveRefreshMs.getValue() : null;
  return live ? { ...DEFAULT_TIMING, liveRefreshEveryMs: live } : DEFAULT_TIMING;
}

async function syncSteps(changes: StatusChange[]): Promise<void> {
  const who = await currentOwner();
  // No key in use, or no permission to reach AlfaOne (Firefox asks for it): nothing to sync until that changes.
  if (!who || !(await hasHostPermission(who.settings.baseUrl))) return void (await browser.alarms.clear(INDEX_ALARM));
  const share = syncShare(who.settings.tier);
  // One try per step, paced by the half budget: waits are the alarm's, never a sleeping worker's. Each request first
  // checks that the key and base URL it was started for are still the ones in force: a sync started under the old
  // settings never reaches AlfaOne after they changed (the run the change queued takes over).
  const client = budgetedClient(who.key, who.settings, undefined, {
    beforeRequest: async () => {
      const answered = await takeSlot(share);
      // Checked after any wait for the slot. Access to AlfaOne's origin may be taken back mid-run (Firefox lets
      // the user): then not even a preflight goes out.
      try {
        if ((await currentOwner())?.owner !== who.owner) throw new AppError('permission-missing');
        if (!(await hasHostPermission(who.settings.baseUrl))) throw new AppError('permission-missing');
      } catch (error) {
        await answered();
        throw error;
      }
      return answered;
    },
    readRetry: { baseMs: 0, capMs: 0, attempts: 1 },
  });
  const [db, timing] = await Promise.all([openIndexDb(), syncTiming()]);
  for (let step = 0; step < MAX_STEPS_PER_RUN; step++) {
    const wait = await currentWait(share);
    if (wait > 0) return wakeAt(Date.now() + wait);
    try {
      const outcome = await syncStep({ db, client, owner: who.owner, timing });
      changes.push(...(outcome.changes ?? []));
      // The sync's times are on this worker's clock; the alarm rings by the wall clock.
      if (outcome.done) return wakeAt(wallTime(outcome.nextDueAt));
    } catch (error) {
      // A key AlfaOne refuses stops the sync until a new key is saved, and is marked as a 401 anywhere else marks it
      // (SEC-6): the surfaces then say so. Anything else is tried again later.
      if (error instanceof AppError && isKeyError(error.kind) && error.status === 401)
        return markKeyNeedsAttention(who.key, error);
      if (error instanceof AppError && (isKeyError(error.kind) || error.kind === 'permission-missing')) return;
      return wakeAt(Date.now() + (error instanceof AppError && error.retryAfterMs ? error.retryAfterMs : RETRY_MS));
    }
  }
  return wakeAt(Date.now());
}

async function wakeAt(when: number): Promise<void> {
  await browser.alarms.create(INDEX_ALARM, { when: Math.max(when, Date.now() + 1_000) });
}
