import { browser } from 'wxt/browser';
import { isOpenLine } from '@/lib/bulk/progress';
import type { BulkRun } from '@/lib/bulk/run-schema';
import { carryLine, type Claim } from './carry-line';
import { mayHandOver } from './run-key';
import { reportRunEnd } from './finish';
import { readRun, replaceLine, updateRun } from './run-store';

// Carries the bulk run on: several lines at a time in the outbox, so the rate budget always has requests waiting
// (the budget, not this loop, sets the pace; its first full minute must go out at once, since every later window
// repeats its spacing), and no more is handed over than a pause can still hold back.

/** Below the outbox's count of settled entries kept (outbox/store.ts), so an outcome is read before it is trimmed. */
const IN_FLIGHT = 8;
export const BULK_ALARM = 'bulk-run';

/** Lines this worker instance is carrying; a restarted worker starts empty and picks them up again. */
const busy = new Set<number>();
/** Lines whose invite waits for the user (a key to replace): looked at again when the alarm fires. */
const parked = new Set<number>();
let active: Promise<void> | undefined;

/** Starts carrying the run on unless it already is; `recheck` looks again at lines that waited for the user. */
export function kickBulkRun(recheck = false): Promise<void> {
  if (recheck) parked.clear();
  active ??= carryOn().finally(() => (active = undefined));
  return active;
}

async function carryOn(): Promise<void> {
  const run = await readRun();
  if (!run || run.status === 'finished') return void (await browser.alarms.clear(BULK_ALARM));
  // The alarm wakes a stopped worker (a browser restart, a worker stopped mid-run) to carry on (REL-11).
  await browser.alarms.create(BULK_ALARM, { periodInMinutes: 0.5 });
  await Promise.all(Array.from({ length: IN_FLIGHT }, () => work(run.id)));
  const after = await finishIfDone(run.id);
  const inFlight = after?.lines.some((l) => l.state === 'handing' || l.state === 'waiting');
  if (!after || after.status === 'finished' || (after.status === 'paused' && !inFlight))
    await browser.alarms.clear(BULK_ALARM);
}

async function work(runId: string): Promise<void> {
  for (;;) {
    // A new line is handed over only under the run's own key (REL-10); what is already in the outbox is followed.
    const claim = await claimNext(runId, (await mayHandOver(runId)) !== undefined);
    if (!claim) return;
    try {
      if (!(await carryLine(claim.run, claim))) parked.add(claim.line.line);
    } finally {
      busy.delete(claim.line.line);
    }
  }
}

/** What a stopped worker left half done first, then the next line while the run is running. */
function claimNext(runId: string, ownKey: boolean): Promise<Claim | undefined> {
  return updateRun((run): { run: BulkRun | null; result: Claim | undefined } => {
    if (!run || run.id !== runId) return { run, result: undefined };
    const free = (line: number) => !busy.has(line) && !parked.has(line);
    const resume = run.lines.find((l) => (l.state === 'handing' || l.state === 'waiting') && free(l.line));
    if (resume) {
      busy.add(resume.line);
      return { run, result: { run, line: resume, fresh: false } };
    }
    const next = run.status === 'running' && ownKey ? run.lines.find((l) => l.state === 'pending') : undefined;
    if (!next) return { run, result: undefined };
    const claimed = { ...next, state: 'handing' as const, handedAt: Date.now() };
    busy.add(next.line);
    const updated = replaceLine(run, claimed);
    return { run: updated, result: { run: updated, line: claimed, fresh: true } };
  });
}

async function finishIfDone(runId: string): Promise<BulkRun | null> {
  const finished = await updateRun((run) => {
    if (!run || run.id !== runId || run.status === 'finished' || run.lines.some(isOpenLine))
      return { run, result: undefined };
    const done: BulkRun = { ...run, status: 'finished', pauseReason: undefined, finishedAt: Date.now() };
    return { run: done, result: done };
  });
  if (finished) await reportRunEnd(finished);
  return finished ?? readRun();
}
