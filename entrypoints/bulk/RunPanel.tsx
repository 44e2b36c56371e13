import { useEffect, useState } from 'react';
import { countRun, describeCounts, describeTimeLeft, estimateMsLeft } from '@/lib/bulk/progress';
import type { BulkRun } from '@/lib/bulk/run-schema';
import { RunLines } from './RunLines';
import { saveResultsCsv } from './save-csv';
import { useBulkStore } from './store';
import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

/** The run as the background carries it: progress, time left, pause, resume, cancel, results. */
export function RunPanel({ run }: { run: BulkRun }) {
  const limit = useBulkStore((s) => s.limitPerMinute);
  const error = useBulkStore((s) => s.error);
  const control = useBulkStore((s) => s.control);
  const now = useNow(run.status === 'running');
  const counts = countRun(run);
  const finished = run.status === 'finished';
  const inFlight = run.lines.filter((l) => l.state === 'handing' || l.state === 'waiting').length;
  const heading = finished
    ? run.cancelledAt
      ? i18n.t('bulk.cancelled')
      : i18n.t('bulk.finished')
    : run.status === 'paused'
      ? i18n.t('bulk.paused')
      : i18n.t('bulk.sendingN', counts.total, { count: formatNumber(counts.total) });
  return (
    <section aria-label={i18n.t('bulk.bulkRun')}>
      <h2>
        {heading}
        {run.assessmentName ? ` — ${run.assessmentName}` : ''}
      </h2>
      <progress aria-label={i18n.t('bulk.invitesDone')} max={counts.total} value={counts.done} />
      <p role="status">
        {i18n.t('bulk.progress', {
          done: formatNumber(counts.done),
          total: formatNumber(counts.total),
          counts: describeCounts(counts),
        })}{' '}
        {finished ? '' : describeTimeLeft(estimateMsLeft(run, now, limit))}
      </p>
      {run.status === 'paused' && inFlight > 0 && (
        <p className="muted">{i18n.t('bulk.inFlight', inFlight, { count: formatNumber(inFlight) })}</p>
      )}
      {run.pauseReason && (
        <p className="warn" role="alert">
          {i18n.t('bulk.pausedBecause', { reason: run.pauseReason })}
        </p>
      )}
      {error && (
        <p className="bad" role="alert">
          {error.message}. {error.action}
        </p>
      )}
      <div className="actions">
        {run.status === 'running' && !run.cancelledAt && (
          <button type="button" onClick={() => void control('pause')}>
            {i18n.t('bulk.pause')}
          </button>
        )}
        {run.status === 'paused' && (
          <button type="button" className="primary" onClick={() => void control('resume')}>
            {i18n.t('bulk.resume')}
          </button>
        )}
        {!finished && !run.cancelledAt && (
          <button type="button" onClick={() => void control('cancel')}>
            {i18n.t('common.cancel')}
          </button>
        )}
        <button type="button" onClick={() => saveResultsCsv(run)}>
          {i18n.t('bulk.saveCsv')}
        </button>
        {finished && (
          <button type="button" className="primary" onClick={() => void control('dismiss')}>
            {i18n.t('bulk.newList')}
          </button>
        )}
      </div>
      {!finished && <p className="muted small">{i18n.t('bulk.mayClose')}</p>}
      <RunLines lines={run.lines} />
    </section>
  );
}

/** The time, once a second while the estimate matters. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
