import { browser } from 'wxt/browser';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { isSettled } from '@/lib/outbox/states';
import { markAssessmentUsed } from '../assessments-service';
import { notifyOutcome } from '../notify';
import { attemptEntry } from './attempt';
import { schedule } from './schedule';
import { settleMs } from './settle';
import { applyEvent, getEntry, openEntries } from './store';
import { capDue, clockNow } from '@/lib/time/clock';
import { MAX_RETRY_AFTER_MS } from '@/lib/outbox/transition';

// Runs what the outbox holds when it is due. One Web Lock per entry marks who works on it: a lock is released when
// its worker stops, so a `sending` entry whose lock is free was left by a stopped worker (docs/security.md REL-11).

/** Steps one run may take (reconcile, then POST, is two). */
const MAX_STEPS = 4;
/**
 * Entries run at once. More only queue on the rate budget, each re-reading it and the whole outbox on every turn:
 * 150 at once cost the worker more than the sends (e2e/load.spec.ts). The rest wait their turn, oldest first.
 */
export const MAX_RUNNING = 8;

/** Due by this worker's clock; a time stored before the wall clock was set back waits at most an hour (REL-2). */
const isDue = (e: OutboxEntry, now: number) =>
  (e.state === 'queued' || e.state === 'checking') && capDue(e.nextAt, MAX_RETRY_AFTER_MS, now) <= now;

/**
 * Entries this worker is running now. Due as they stand, but their own run drains again when it ends: starting them
 * meanwhile found their lock taken and woke again at once, a loop that starved the worker (a bulk run's eight
 * entries in flight stalled it).
 */
const running = new Set<string>();

/** Runs one entry now, unless some worker already does; settles what follows from its outcome. */
export async function runEntry(id: string): Promise<OutboxEntry | undefined> {
  if (running.has(id)) return getEntry(id);
  // Counted from now, not once its lock is granted, so a drain meanwhile neither starts it twice nor too many.
  running.add(id);
  let held = false;
  try {
    return await navigator.locks.request(`outbox-entry:${id}`, { ifAvailable: true }, async (lock) => {
      let entry = await getEntry(id);
      if (!lock) return entry;
      held = true;
      if (entry?.state === 'sending')
        entry = await applyEvent(id, { type: 'orphaned', now: clockNow(), settleMs: await settleMs() });
      for (let steps = 0; entry && steps < MAX_STEPS && isDue(entry, clockNow()); steps++)
        entry = await attemptEntry(entry);
      if (entry && isSettled(entry)) await settled(entry);
      return entry;
    });
  } finally {
    running.delete(id);
    // The next in line starts as this one ends; whoever awaited this run does not wait for theirs. An entry another
    // worker holds is left to it: draining again at once would find it locked again, a loop that starves the worker.
    if (held) void drainOutbox().catch((error: unknown) => console.error('outbox drain failed', error));
  }
}

/**
 * Starts due entries, up to MAX_RUNNING at once: those a stopped worker left `sending` first, then what the user is
 * waiting on in the popup or side panel, then a bulk run's, each oldest first. Each run ends by draining again.
 */
export async function drainOutbox(): Promise<void> {
  const now = clockNow();
  const due = (await openEntries())
    .filter((e) => (isDue(e, now) || e.state === 'sending') && !running.has(e.id))
    .sort((a, b) => rank(a) - rank(b) || a.createdAt - b.createdAt)
    .slice(0, Math.max(0, MAX_RUNNING - running.size));
  const runs = due.map((e) => runEntry(e.id));
  await schedule(drainOutbox, running, running.size >= MAX_RUNNING);
  await Promise.all(runs);
}

const rank = (e: OutboxEntry) => (e.state === 'sending' ? 0 : e.origin === 'bulk' ? 2 : 1);

async function settled(entry: OutboxEntry): Promise<void> {
  if (entry.state === 'sent') await markAssessmentUsed(entry.body.assessmentId);
  // Whoever asked from the popup may have closed it: then a notification is the only way to hear the outcome.
  if (entry.notify || !(await invitePageOpen())) await notifyOutcome(entry);
}

/** Whether a popup is open to show outcomes (unknown → no, so the user is told). */
async function invitePageOpen(): Promise<boolean> {
  const runtime = browser.runtime as { getContexts?: (filter: object) => Promise<{ documentUrl?: string }[]> };
  try {
    const contexts = (await runtime.getContexts?.({})) ?? [];
    return contexts.some((c) => c.documentUrl?.includes('/popup.html'));
  } catch {
    return false;
  }
}
