import { browser } from 'wxt/browser';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { MAX_SLEEP_MS } from '../keep-alive';
import { settleMs } from './settle';
import { openEntries } from './store';

// Every unsettled entry but a held one has its own alarm (docs/security.md REL-11), an in-flight POST included, so a
// stopped worker is woken for it by the alarm alone. Waits a worker can sleep through also get a timer.

const PREFIX = 'outbox:';
export const alarmName = (id: string) => `${PREFIX}${id}`;
export const entryOfAlarm = (name: string) => (name.startsWith(PREFIX) ? name.slice(PREFIX.length) : undefined);

let timer: ReturnType<typeof setTimeout> | undefined;

/** When the worker must look at the entry again: a POST in flight is looked at once it has settled. */
async function wakeAt(entry: OutboxEntry): Promise<number> {
  if (entry.state === 'sending') return (entry.postedAt ?? entry.nextAt) + (await settleMs());
  return entry.nextAt;
}

/** Arms one entry's alarm now: before a POST leaves, so a worker stopped mid-send is woken for it (REL-11). */
export async function armAlarm(entry: OutboxEntry): Promise<void> {
  await browser.alarms.create(alarmName(entry.id), { when: Math.max(await wakeAt(entry), Date.now() + 1_000) });
}

/** `running`: entries this worker is running now, whose own run schedules again when it ends (drain.ts). */
export async function schedule(drain: () => Promise<void>, running: ReadonlySet<string> = new Set()): Promise<void> {
  const waiting = (await openEntries()).filter((e) => e.state !== 'held');
  const times = new Map(await Promise.all(waiting.map(async (e) => [e.id, await wakeAt(e)] as const)));
  const alarms = await browser.alarms.getAll();
  await Promise.all(
    alarms.filter((a) => entryOfAlarm(a.name) !== undefined && !times.has(entryOfAlarm(a.name)!)).map((a) => browser.alarms.clear(a.name)),
  );
  for (const [id, when] of times) {
    const at = Math.max(when, Date.now() + 1_000);
    if (alarms.find((a) => a.name === alarmName(id))?.scheduledTime !== at) await browser.alarms.create(alarmName(id), { when: at });
  }
  if (timer) clearTimeout(timer);
  timer = undefined;
  const soonest = Math.min(...waiting.filter((e) => e.state !== 'sending' && !running.has(e.id)).map((e) => e.nextAt));
  const delay = Math.max(0, soonest - Date.now());
  if (Number.isFinite(soonest) && delay <= MAX_SLEEP_MS) timer = setTimeout(() => void drain(), delay);
}
