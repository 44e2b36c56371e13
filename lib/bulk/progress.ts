import type { BulkLineState, BulkRun, BulkRunLine } from './run-schema';
import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

// Counts and the time left, for the bulk page and the end-of-run notification.

const OPEN: readonly BulkLineState[] = ['pending', 'handing', 'waiting'];
export const isOpenLine = (l: BulkRunLine) => OPEN.includes(l.state);
export const isToSend = (l: BulkRunLine) => l.action !== 'skip';

export interface RunCounts {
  /** Lines to send (new, or chosen again). */
  total: number;
  done: number;
  sent: number;
  failed: number;
  alreadyInvited: number;
  cancelled: number;
  /** Lines skipped at review (repeated, invalid, already invited and not chosen). */
  skipped: number;
}

export function countRun(run: BulkRun): RunCounts {
  const lines = run.lines.filter(isToSend);
  const count = (state: BulkLineState) => lines.filter((l) => l.state === state).length;
  return {
    total: lines.length,
    done: lines.filter((l) => !isOpenLine(l)).length,
    sent: count('sent'),
    failed: count('failed'),
    alreadyInvited: count('already-invited'),
    cancelled: count('cancelled'),
    skipped: run.lines.length - lines.length,
  };
}

/**
 * Milliseconds left: from the pace so far once a few invites are through, else from the rate budget (each invite
 * is about two requests: the duplicate check and the POST). Undefined when nothing is left or the run is paused.
 */
export function estimateMsLeft(run: BulkRun, now: number, limitPerMinute: number): number | undefined {
  if (run.status !== 'running') return undefined;
  const open = run.lines.filter((l) => isToSend(l) && isOpenLine(l)).length;
  if (open === 0) return undefined;
  const finished = run.lines.filter((l) => isToSend(l) && l.finishedAt !== undefined && l.state !== 'cancelled');
  if (finished.length >= 3) {
    const elapsed = Math.max(...finished.map((l) => l.finishedAt!)) - run.createdAt;
    return Math.round((elapsed / finished.length) * open);
  }
  return Math.round(open * 2 * (60_000 / limitPerMinute));
}

export function describeTimeLeft(ms: number | undefined): string {
  if (ms === undefined) return '';
  if (ms < 60_000) return i18n.t('bulk.lessThanMinute');
  const minutes = Math.ceil(ms / 60_000);
  return i18n.t('bulk.minutesLeft', minutes, { count: formatNumber(minutes) });
}

export function describeCounts(c: RunCounts): string {
  const n = formatNumber;
  const parts = [i18n.t('bulk.countSent', { count: n(c.sent) })];
  if (c.failed) parts.push(i18n.t('bulk.countFailed', { count: n(c.failed) }));
  if (c.alreadyInvited) parts.push(i18n.t('bulk.countAlreadyInvited', { count: n(c.alreadyInvited) }));
  if (c.cancelled) parts.push(i18n.t('bulk.countCancelled', { count: n(c.cancelled) }));
  if (c.skipped) parts.push(i18n.t('bulk.countSkipped', { count: n(c.skipped) }));
  return parts.join(', ');
}
