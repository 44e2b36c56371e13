import { browser } from 'wxt/browser';
import { isFinal, type OutboxEntry } from '@/lib/outbox/entry';
import { keyStatus } from '@/lib/storage/items';
import { MAX_SLEEP_MS } from '../keep-alive';
import { notifyOutcome } from '../notify';
import { markAssessmentUsed } from '../assessments-service';
import { attemptEntry } from './attempt';
import { getEntry, openEntries, patchEntry } from './store';

// Sends what the outbox holds when it is due. Short waits are timers; anything longer, and the case of a worker
// stopped mid-send, is covered by an alarm that wakes the worker and drains again (security.md REL-8).

export const OUTBOX_ALARM = 'outbox';

/** Entries being worked on by this worker instance; a restarted worker starts empty and reconciles. */
const running = new Map<string, Promise<OutboxEntry | undefined>>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** Runs one entry now (unless it already runs here) and settles what follows from its outcome. */
export function runEntry(id: string): Promise<OutboxEntry | undefined> {
  const current = running.get(id);
  if (current) return current;
  const job = (async () => {
    const entry = await getEntry(id);
    if (!entry || isFinal(entry)) return entry;
    const after = await attemptEntry(entry);
    if (after && isFinal(after)) await settled(after);
    return after;
  })().finally(() => {
    running.delete(id);
    void schedule();
  });
  running.set(id, job);
  return job;
}

/** Starts every due entry; a worker that just woke resumes those it was sending when it stopped. */
export async function drainOutbox(): Promise<void> {
  const now = Date.now();
  const due = (await openEntries()).filter((e) => !e.blocked && e.nextAttemptAt <= now && !running.has(e.id));
  await Promise.all(due.map((e) => runEntry(e.id)));
  // Entries not yet due need their timer and alarm too (a worker that just started has neither).
  await schedule();
}

/** Unblocks entries that waited for a new key or a permission, and sends them: only those asked for under a key
 *  of the current key's environment, so a test invite never goes out under a live key, or the reverse. */
export async function resumeBlocked(): Promise<void> {
  const { mode } = await keyStatus.getValue();
  for (const entry of await openEntries()) {
    if (entry.blocked && (!entry.keyMode || entry.keyMode === mode)) await patchEntry(entry.id, { blocked: false, nextAttemptAt: Date.now() });
  }
  await drainOutbox();
}

async function schedule(): Promise<void> {
  const waiting = (await openEntries()).filter((e) => !e.blocked && !running.has(e.id));
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (waiting.length === 0) {
    if (running.size === 0) await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  const next = Math.min(...waiting.map((e) => e.nextAttemptAt));
  const delay = Math.max(0, next - Date.now());
  if (delay <= MAX_SLEEP_MS) timer = setTimeout(() => void drainOutbox(), delay);
  // The alarm is the safety net: it fires even if this worker is stopped before the timer does.
  await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(next, Date.now() + 30_000) });
}

async function settled(entry: OutboxEntry): Promise<void> {
  if (entry.state === 'sent') await markAssessmentUsed(entry.body.assessmentId);
  // Whoever asked from the popup may have closed it: then a notification is the only way to hear the outcome.
  if (entry.notify || !(await invitePageOpen())) await notifyOutcome(entry);
}

/** Whether a popup or invite-form page is open to show outcomes (unknown → no, so the user is told). */
async function invitePageOpen(): Promise<boolean> {
  const runtime = browser.runtime as { getContexts?: (filter: object) => Promise<{ documentUrl?: string }[]> };
  try {
    const contexts = (await runtime.getContexts?.({})) ?? [];
    return contexts.some((c) => c.documentUrl?.includes('/popup.html'));
  } catch {
    return false;
  }
}

export function registerOutbox(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void drainOutbox();
  });
  // Access granted to the API origin: what waited for it goes out.
  browser.permissions.onAdded.addListener(() => void resumeBlocked());
  // A worker that starts (after a stop mid-send, a browser restart or an update) picks up where it was.
  void drainOutbox();
}
