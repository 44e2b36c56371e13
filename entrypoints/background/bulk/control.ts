import { emailKey } from '@/lib/bulk/review';
import type { BulkRun, BulkRunAction, BulkRunLine, StartBulkRunRequest } from '@/lib/bulk/run-schema';
import { AppError } from '@/lib/api/errors';
import { describeKey } from '@/lib/key/key-format';
import { apiKey, inForce } from '@/lib/storage/api-key';
import { assessmentsCache, cachedName } from '@/lib/storage/items';
import { cancelUnlessOut } from '../invites/send-invite';
import { kickBulkRun } from './runner';
import { isOwnKey, keyInForce, pausedForKey } from './run-key';
import { readRun, updateRun } from './run-store';
import { i18n } from '#i18n';

const busy = () =>
  new AppError('invalid-input', {
    message: i18n.t('bulk.runBusy'),
    action: i18n.t('bulk.runBusyAction'),
  });

/** Starts a run from the reviewed list: each person once (docs/product.md, Exactly once), the rest kept as skipped. */
export async function startBulkRun(request: StartBulkRunRequest): Promise<BulkRun> {
  const [lists, keys, key] = await Promise.all([assessmentsCache.getValue(), apiKey.getValue(), keyInForce()]);
  if (!key) throw new AppError('key-missing');
  const assessmentName = cachedName(lists, describeKey(inForce(keys)), request.assessmentId);
  const seen = new Set<string>();
  const lines = request.lines.map((l): BulkRunLine => {
    if (l.action === 'skip') return { ...l, state: 'skipped' };
    const key = emailKey(l.email!);
    if (seen.has(key)) return { ...l, action: 'skip', state: 'skipped', note: i18n.t('bulk.repeatedInList') };
    seen.add(key);
    return { ...l, state: 'pending' };
  });
  if (seen.size === 0)
    throw new AppError('invalid-input', {
      message: i18n.t('bulk.nothingToSend'),
      action: i18n.t('bulk.nothingToSendAction'),
    });
  const run: BulkRun = {
    id: crypto.randomUUID(),
    assessmentId: request.assessmentId,
    assessmentName,
    options: request.options,
    status: 'running',
    keyId: key.keyId,
    keyEnv: key.keyEnv,
    createdAt: Date.now(),
    lines,
  };
  const started = await updateRun((current) =>
    current && current.status !== 'finished' ? { run: current, result: false } : { run, result: true },
  );
  if (!started) throw busy();
  void kickBulkRun();
  return run;
}

/** Pause (nothing more is handed over), resume, cancel (what has not gone out does not), or dismiss a finished run. */
export async function controlBulkRun(id: string, action: BulkRunAction): Promise<BulkRun | null> {
  const current = await readRun();
  if (!current || current.id !== id)
    throw new AppError('invalid-input', { message: i18n.t('bulk.runGone'), action: i18n.t('bulk.runGoneAction') });
  if (action === 'dismiss') {
    if (current.status !== 'finished') throw busy();
    return updateRun((run) => ({ run: run?.id === id ? null : run, result: null }));
  }
  const key = await keyInForce();
  const changed = await updateRun((run) => {
    if (!run || run.id !== id || run.status === 'finished') return { run, result: run };
    // Resumed only under its own key (REL-10): under another, it stays paused and says why.
    const next = action === 'resume' && !isOwnKey(run, key) ? pausedForKey(run) : change(run, action);
    return { run: next, result: next };
  });
  if (action === 'cancel') {
    // Entries already in the outbox: those not yet sending are cancelled there; one being sent finishes, and the
    // run with it (the cancel is answered at once either way).
    const handed = changed?.lines.filter((l) => l.state === 'waiting' && l.entryId) ?? [];
    await Promise.all(handed.map((l) => cancelUnlessOut(l.entryId!)));
  }
  if (action !== 'pause') void kickBulkRun(true);
  return changed;
}

function change(run: BulkRun, action: Exclude<BulkRunAction, 'dismiss'>): BulkRun {
  if (action === 'pause') return run.status === 'running' ? { ...run, status: 'paused' } : run;
  if (action === 'resume') return { ...run, status: 'running', pauseReason: undefined, pausedForKey: undefined };
  const now = Date.now();
  return {
    ...run,
    status: 'running',
    pauseReason: undefined,
    cancelledAt: now,
    lines: run.lines.map((l) =>
      l.state === 'pending'
        ? { ...l, state: 'cancelled', note: i18n.t('bulk.cancelledBeforeSent'), finishedAt: now }
        : l,
    ),
  };
}

/**
 * After the key in force changed: a running run of another key pauses by itself; one that paused itself for its key
 * goes on once that key is back (REL-10), as the outbox's held invites do.
 */
export async function reviewBulkRunKey(): Promise<void> {
  const key = await keyInForce();
  const resumed = await updateRun((run) => {
    if (!run || run.status === 'finished') return { run, result: false };
    const own = isOwnKey(run, key);
    if (!own && run.status === 'running') return { run: pausedForKey(run), result: false };
    if (own && run.status === 'paused' && run.pausedForKey) return { run: change(run, 'resume'), result: true };
    return { run, result: false };
  });
  if (resumed) void kickBulkRun(true);
}
