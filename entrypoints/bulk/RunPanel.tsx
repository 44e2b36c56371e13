import { useEffect, useState } from 'react';
import { countRun, describeCounts, describeTimeLeft, estimateMsLeft } from '@/lib/bulk/progress';
import type { BulkRun } from '@/lib/bulk/run-schema';
import { RunLines } from './RunLines';
import { saveResultsCsv } from './save-csv';
import { useBulkStore } from './store';

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
      ? 'Cancelled'
      : 'Finished'
    : run.status === 'paused'
      ? 'Paused'
      : `Sending ${counts.total} invites`;
  return (
    <section aria-label="Bulk run">
      <h2>
        {heading}
        {run.assessmentName ? ` — ${run.assessmentName}` : ''}
      </h2>
      <progress aria-label="Invites done" max={counts.total} value={counts.done} />
      <p role="status">
        {counts.done} of {counts.total} done: {describeCounts(counts)}.{' '}
        {finished ? '' : describeTimeLeft(estimateMsLeft(run, now, limit))}
      </p>
      {run.status === 'paused' && inFlight > 0 && (
        <p className="muted">
          {inFlight} {inFlight === 1 ? 'invite was' : 'invites were'} already handed over before the pause and will
          still go out.
        </p>
      )}
      {run.pauseReason && (
        <p className="warn" role="alert">
          Paused: {run.pauseReason}
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
            Pause
          </button>
        )}
        {run.status === 'paused' && (
          <button type="button" className="primary" onClick={() => void control('resume')}>
            Resume
          </button>
        )}
        {!finished && !run.cancelledAt && (
          <button type="button" onClick={() => void control('cancel')}>
            Cancel
          </button>
        )}
        <button type="button" onClick={() => saveResultsCsv(run)}>
          Save results as CSV
        </button>
        {finished && (
          <button type="button" className="primary" onClick={() => void control('dismiss')}>
            New list
          </button>
        )}
      </div>
      {!finished && (
        <p className="muted small">
          You may close this page: the invites go on, and a notification says when they are done.
        </p>
      )}
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
