import { AppError, isKeyError } from '@/lib/api/errors';
import { createInvite } from '@/lib/api/endpoints';
import type { ApiClient } from '@/lib/api/client';
import { backoffDelay, type BackoffPolicy } from '@/lib/api/backoff';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { withApi } from '../api-access';
import { findLiveInvites, findOwnInvite } from '../invites/existing';
import { patchEntry } from './store';

/** Retries for one invite: more patient than reads (about half an hour offline), since nobody waits on a spinner. */
export const SEND_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 60_000, attempts: 30 };

const AMBIGUOUS = new Set(['timeout', 'network', 'server']);

/** Giving up on an invite that may have gone out: say so, rather than "not sent". */
const MAYBE_SENT = (cause: string) => ({
  kind: 'server' as const,
  message: `AlfaOne did not confirm this invite (${cause}); it may have been sent`,
  action: 'Check Recent invites before sending it again.',
});

/**
 * One step for one outbox entry. A POST that may have reached AlfaOne is reconciled with GET /invites before any
 * other POST (security.md REL-5, REL-5a); the entry is persisted as `sending` before the POST goes out (REL-6).
 */
export async function attemptEntry(entry: OutboxEntry): Promise<OutboxEntry | undefined> {
  try {
    return await withApi((client) => step(client, entry));
  } catch (error) {
    return settleFailure(entry, error);
  }
}

async function step(client: ApiClient, entry: OutboxEntry): Promise<OutboxEntry | undefined> {
  const { assessmentId, recipientEmail } = entry.body;
  let preexistingIds = entry.preexistingIds;
  if (entry.mustReconcile) {
    const own = await findOwnInvite(client, assessmentId, recipientEmail, entry.firstAttemptAt ?? entry.createdAt, preexistingIds);
    if (own) return finish(entry, { state: 'sent', invite: own });
  } else {
    const existing = await findLiveInvites(client, assessmentId, recipientEmail);
    if (entry.checkDuplicates && existing.length > 0) return finish(entry, { state: 'duplicate', existing });
    // "Send anyway": remember what was there, so reconciling never takes the old invite for the new one.
    preexistingIds = existing.map((i) => i.id);
  }
  const sending = await patchEntry(entry.id, {
    state: 'sending',
    mustReconcile: true,
    checkDuplicates: false,
    preexistingIds,
    blocked: false,
    attempts: entry.attempts + 1,
    firstAttemptAt: entry.firstAttemptAt ?? Date.now(),
  });
  if (!sending || sending.state !== 'sending') return sending;
  try {
    const invite = await createInvite(client, entry.body);
    return finish(sending, { state: 'sent', invite });
  } catch (error) {
    if (error instanceof AppError && error.kind === 'conflict') {
      // Our own earlier attempt (or the browser's silent resend of it) may be the pending invite AlfaOne has.
      const own = await findOwnInvite(client, assessmentId, recipientEmail, sending.firstAttemptAt!, sending.preexistingIds);
      if (own) return finish(sending, { state: 'sent', invite: own });
      return finish(sending, { state: 'duplicate', existing: await findLiveInvites(client, assessmentId, recipientEmail) });
    }
    throw Object.assign(error as object, { entryAfterPost: sending });
  }
}

async function settleFailure(entry: OutboxEntry, error: unknown): Promise<OutboxEntry | undefined> {
  const current = (error as { entryAfterPost?: OutboxEntry }).entryAfterPost ?? entry;
  if (!(error instanceof AppError)) throw error;
  const info = error.toInfo();
  if (isKeyError(info.kind) || info.kind === 'permission-missing') {
    // SEC-6: nothing more goes out with this key (or without access); the invite waits instead of being dropped.
    return patchEntry(entry.id, { state: 'queued', blocked: true, lastError: info });
  }
  // Once a POST may have reached AlfaOne, an answer we cannot read is as ambiguous as no answer.
  const ambiguous = AMBIGUOUS.has(info.kind) || (current.mustReconcile && info.kind === 'invalid-response');
  const transient = ambiguous || info.kind === 'rate-limited';
  const tries = current.tries + 1;
  if (!transient || tries >= SEND_BACKOFF.attempts) {
    const lastError = current.mustReconcile && transient ? MAYBE_SENT(info.message) : info;
    return finish(current, { state: 'failed', lastError, tries });
  }
  const delay = Math.max(info.retryAfterMs ?? 0, backoffDelay(SEND_BACKOFF, Math.min(tries, 10)), 500);
  return patchEntry(entry.id, { state: 'queued', lastError: info, tries, nextAttemptAt: Date.now() + delay });
}

function finish(entry: OutboxEntry, patch: Partial<OutboxEntry>): Promise<OutboxEntry | undefined> {
  return patchEntry(entry.id, { ...patch, blocked: false, finishedAt: Date.now() });
}
