import { browser } from 'wxt/browser';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { isSettled } from '@/lib/outbox/states';
import { markAssessmentUsed } from '../assessments-service';
import { notifyOutcome } from '../notify';
import { attemptEntry } from './attempt';
import { schedule } from './schedule';
import { settleMs } from './settle';
import { applyEvent, getEntry, openEntries } from './store';

// Runs what the outbox holds when it is due. One Web Lock per entry marks who works on it: a lock is released when
// its worker stops, so a `sending` entry whose lock is free was left by a stopped worker (docs/security.md REL-11).

/** Steps one run may take (reconcile, then POST, is two). */
const MAX_STEPS = 4;

const isDue = (e: OutboxEntry, now: number) => (e.state === 'queued' || e.state === 'checking') && e.nextAt <= now;

/**
 * Entries this worker is running now. Due as they stand, but their own run schedules what follows it: waking for
 * them meanwhile found their lock taken and woke again at once, a loop that starved the worker (a bulk run's
 * eight entries in flight stalled it).
 */
const running = new Set<string>();

/** Runs one entry now, unless some worker already does; settles what follows from its outcome. */
export async function runEntry(id: string): Promise<OutboxEntry | undefined> {
  try {
    return await navigator.locks.request(`outbox-entry:${id}`, { ifAvailable: true }, async (lock) => {
      let entry = await getEntry(id);
      if (!lock) return entry;
      running.add(id);
      try {
        if (entry?.state === 'sending') entry = await applyEvent(id, { type: 'orphaned', now: Date.now(), settleMs: await settleMs() });
        for (let steps = 0; entry && steps < MAX_STEPS && isDue(entry, Date.now()); steps++) entry = await attemptEntry(entry);
        if (entry && isSettled(entry)) await settled(entry);
        return entry;
      } finally {
        running.delete(id);
      }
    });
  } finally {
    await schedule(drainOutbox, running);
  }
}

/** Starts every due entry; a worker that just woke resumes those it was sending when it stopped. */
export async function drainOutbox(): Promise<void> {
  const now = Date.now();
  const due = (await openEntries()).filter((e) => (isDue(e, now) || e.state === 'sending') && !running.has(e.id));
  await Promise.all(due.map((e) => runEntry(e.id)));
  await schedule(drainOutbox, running);
}

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
