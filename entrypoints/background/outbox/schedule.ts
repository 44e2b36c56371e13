import { browser } from 'wxt/browser';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { MAX_SLEEP_MS } from '../keep-alive';
import { settleMs } from './settle';
import { openEntries } from './store';
import { clockNow, wallTime } from '@/lib/time/clock';

// One alarm wakes the worker for the soonest unsettled entry but a held one (docs/security.md REL-11), an in-flight
// POST included: a stopped worker is woken by it alone, and every drain moves it to the next soonest. One alarm, not
// one per entry: at 150 queued invites, re-arming an alarm per entry after each step cost more than the sends.
// Waits a live worker can sleep through also get a timer.

export const OUTBOX_ALARM = 'outbox';

/** An alarm already set this close to (or earlier than) the wanted time is kept: waking early costs one read. */
const KEEP_WITHIN_MS = 500;
/** How soon a stopped worker is woken for an entry it was running (Chrome's own floor for an alarm). */
const RUNNING_BACKSTOP_MS = 30_000;

let timer: ReturnType<typeof setTimeout> | undefined;

/** When the worker must look at the entry again: a POST in flight is looked at once it has settled. */
async function wakeAt(entry: OutboxEntry): Promise<number> {
  if (entry.state === 'sending') return (entry.postedAt ?? entry.nextAt) + (await settleMs());
  return entry.nextAt;
}

/** Makes sure the alarm rings by `when` (at the soonest a second from now). */
async function armBy(when: number): Promise<void> {
  // Entries' times are on this worker's clock; the alarm rings by the wall clock.
  const at = Math.max(wallTime(when), Date.now() + 1_000);
  const current = await browser.alarms.get(OUTBOX_ALARM);
  if (current && current.scheduledTime <= at + KEEP_WITHIN_MS) return;
  await browser.alarms.create(OUTBOX_ALARM, { when: at });
}

/** Arms the alarm for this entry before its POST leaves, so a worker stopped mid-send is woken for it (REL-11). */
export async function armAlarm(entry: OutboxEntry): Promise<void> {
  await armBy(await wakeAt(entry));
}

/**
 * Sets the alarm for the soonest entry, and a timer for the soonest one this worker could start now. `running`:
 * entries this worker runs, whose own run schedules again when it ends; `full`: no more can start until one does.
 * The outbox is read afresh: a drain's older read could move the alarm past an entry armed just before its POST.
 */
export async function schedule(
  drain: () => Promise<void>,
  running: ReadonlySet<string> = new Set(),
  full = false,
): Promise<void> {
  const waiting = (await openEntries()).filter((e) => e.state !== 'held');
  // One running now is looked at again when its run ends: the alarm only covers a worker stopped meanwhile.
  const now = clockNow();
  const times = await Promise.all(
    waiting.map(async (e) => (running.has(e.id) ? Math.max(await wakeAt(e), now + RUNNING_BACKSTOP_MS) : wakeAt(e))),
  );
  if (times.length === 0) await browser.alarms.clear(OUTBOX_ALARM);
  else {
    const soonest = wallTime(Math.max(Math.min(...times), now + 1_000), now);
    const current = await browser.alarms.get(OUTBOX_ALARM);
    if (!current || Math.abs(current.scheduledTime - soonest) > KEEP_WITHIN_MS)
      await browser.alarms.create(OUTBOX_ALARM, { when: soonest });
  }
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (full) return;
  const soonest = Math.min(...waiting.filter((e) => e.state !== 'sending' && !running.has(e.id)).map((e) => e.nextAt));
  const delay = Math.max(0, soonest - clockNow());
  if (Number.isFinite(soonest) && delay <= MAX_SLEEP_MS) timer = setTimeout(() => void drain(), delay);
}
