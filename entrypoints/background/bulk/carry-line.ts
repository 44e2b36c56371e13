import type { BulkRun, BulkRunLine } from '@/lib/bulk/run-schema';
import { formatDay } from '@/lib/format/date';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { isSettled as isFinal } from '@/lib/outbox/states';
import { withApi } from '../api-access';
import { cancelUnlessOut, OtherKeyInForce, sendInvite } from '../invites/send-invite';
import { mayHandOver } from './run-key';
import { findLiveInvitesFor } from './check';
import { findLineEntry, waitForEntry } from './follow';
import { patchLine, readRun, updateRun } from './run-store';
import { i18n } from '#i18n';
import { inviteStatusWord } from '@/lib/format/invite-status';

export interface Claim {
  run: BulkRun;
  line: BulkRunLine;
  /** Marked as handed over by this worker just now; otherwise left half done by a worker that stopped. */
  fresh: boolean;
}

/**
 * One line of a run: handed to the outbox through its public send (exactly once: the outbox persists it before
 * the first attempt, docs/security.md REL-6), then followed to its end. Returns false when the entry waits for
 * the user (a key to replace): the run is paused and the line picked up again later.
 */
export async function carryLine(run: BulkRun, { line, fresh }: Claim): Promise<boolean> {
  let entry: OutboxEntry | undefined;
  if (line.state === 'waiting' || !fresh) entry = await findLineEntry(line, run);
  if (!entry && line.state === 'waiting') return settle(run.id, line, await lostEntry(run, line));
  if (!entry) {
    // The duplicate check is always on: a "send anyway" line passes the invites the user saw, and still stops for
    // one made since (another surface, a colleague), or by a stopped worker's hand-over of this very line.
    const outcome = await handOver(run, line);
    if (outcome.done) return true;
    entry = outcome.entry;
  }
  if (!isFinal(entry)) {
    await patchLine(run.id, line.line, { state: 'waiting', entryId: entry.id });
    // Cancelled while it was being handed over: it must not go out now (one on its way already finishes).
    if ((await readRun())?.cancelledAt) await cancelUnlessOut(entry.id);
    entry = await waitForEntry(entry.id);
  }
  if (!entry) return settle(run.id, line, await lostEntry(run, line));
  if (!isFinal(entry) && entry.hold === 'key-changed' && !(await mayHandOver(run.id))) {
    // Held because another key is in force: the run paused itself saying so; the line goes on under its key.
    return false;
  }
  if (!isFinal(entry)) {
    const why = `${entry.lastError?.message ?? i18n.t('bulk.waitingForYou')}. ${entry.lastError?.action ?? ''}`.trim();
    await patchLine(run.id, line.line, { note: why });
    await updateRun((r) =>
      r?.id === run.id && r.status === 'running'
        ? { run: { ...r, status: 'paused', pauseReason: why }, result: null }
        : { run: r, result: null },
    );
    return false;
  }
  return settle(run.id, line, resultOf(entry));
}

/** The entry left the outbox before its outcome was read: AlfaOne says whether it went out (REL-5, asked once). */
async function lostEntry(run: BulkRun, line: BulkRunLine): Promise<Partial<BulkRunLine>> {
  const unknown = {
    state: 'failed' as const,
    note: i18n.t('bulk.unknownOutcome'),
  };
  try {
    const [found] = await withApi((client) => findLiveInvitesFor(client, run.assessmentId, [line.email!]));
    // Clock slack as the outbox allows when it reconciles (lib/outbox/lookup.ts).
    const ours = found?.invites.find((i) => Date.parse(i.sentAt) >= (line.handedAt ?? run.createdAt) - 2 * 60_000);
    return ours ? { state: 'sent', expiresAt: ours.expiresAt ?? undefined } : unknown;
  } catch {
    return unknown;
  }
}

async function handOver(
  run: BulkRun,
  line: BulkRunLine,
): Promise<{ done: true } | { done: false; entry: OutboxEntry }> {
  const request = {
    assessmentId: run.assessmentId,
    email: line.email!,
    name: line.name,
    options: run.options,
    confirmDuplicate: false,
  };
  let failure: string;
  try {
    const outcome = await sendInvite(request, 'bulk', {
      onlyUnderKeyId: run.keyId,
      knownInviteIds: line.action === 'resend' ? (line.knownInviteIds ?? []) : [],
    });
    if (outcome.status === 'queued') return { done: false, entry: outcome.entry };
    if (outcome.status === 'sent') {
      await settle(run.id, line, { state: 'sent', expiresAt: outcome.invite.expiresAt ?? undefined });
      return { done: true };
    }
    await settle(run.id, line, { state: 'already-invited', note: describeExisting(outcome.existing) });
    return { done: true };
  } catch (error) {
    if (error instanceof OtherKeyInForce) {
      // The key changed since the line was claimed: it waits, pending, and the run pauses saying why (REL-10).
      await patchLine(run.id, line.line, { state: 'pending', handedAt: undefined });
      await mayHandOver(run.id);
      return { done: true };
    }
    failure = error instanceof Error ? error.message : String(error);
  }
  // A failed or held send is still an outbox entry: its own record says what happened (and if it may yet go).
  const entry = await findLineEntry(line, run);
  if (entry) return { done: false, entry };
  await settle(run.id, line, { state: 'failed', note: failure });
  return { done: true };
}

function resultOf(entry: OutboxEntry): Partial<BulkRunLine> {
  switch (entry.state) {
    case 'sent':
      return { state: 'sent', expiresAt: entry.invite?.expiresAt ?? undefined };
    case 'duplicate':
      return { state: 'already-invited', note: describeExisting(entry.existing ?? []) };
    case 'cancelled':
      return { state: 'cancelled', note: i18n.t('bulk.cancelledBeforeSent') };
    default:
      return {
        state: 'failed',
        note: `${entry.lastError?.message ?? i18n.t('bulk.notSent')}. ${entry.lastError?.action ?? ''}`
          .trim()
          .slice(0, 600),
      };
  }
}

function describeExisting(existing: { status?: string | null; sentAt?: string }[]): string {
  const [latest] = existing;
  return i18n.t('bulk.alreadyInvitedNote', {
    status: inviteStatusWord(latest?.status),
    date: formatDay(latest?.sentAt),
  });
}

async function settle(runId: string, line: BulkRunLine, patch: Partial<BulkRunLine>): Promise<true> {
  await patchLine(runId, line.line, { ...patch, finishedAt: Date.now() });
  return true;
}
