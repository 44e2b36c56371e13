import { AppError } from '@/lib/api/errors';
import { isFinal, outboxKey, type OutboxEntry } from '@/lib/outbox/entry';
import type { SendInviteOutcome, SendInviteRequest } from '@/lib/messaging/views';
import { assessmentsCache, keyStatus } from '@/lib/storage/items';
import { runEntry } from '../outbox/drain';
import { getEntry, patchEntry, updateOutbox } from '../outbox/store';
import { buildCreateBody } from './create-body';

/** How long a send may keep its caller waiting before it answers "queued" and carries on in the outbox. */
const ANSWER_WITHIN_MS = 8_000;

/**
 * Sends one invite exactly once: it goes into the persisted outbox first, then out. A second request for the same
 * candidate and assessment while the first is open joins the first (security.md REL-6).
 */
export async function sendInvite(request: SendInviteRequest, origin: OutboxEntry['origin'] = 'popup'): Promise<SendInviteOutcome> {
  const body = buildCreateBody(request);
  const key = outboxKey(body.assessmentId, body.recipientEmail);
  const assessmentName = (await assessmentsCache.getValue())?.assessments.find((a) => a.id === body.assessmentId)?.name;
  const keyMode = (await keyStatus.getValue()).mode;
  const entry = await updateOutbox((entries) => {
    const open = entries.find((e) => e.key === key && (e.state === 'queued' || e.state === 'sending'));
    if (open) return { entries, result: open };
    const created: OutboxEntry = {
      id: crypto.randomUUID(),
      key,
      body,
      assessmentName,
      origin,
      keyMode,
      checkDuplicates: !request.confirmDuplicate,
      state: 'queued',
      createdAt: Date.now(),
      attempts: 0,
      tries: 0,
      mustReconcile: false,
      nextAttemptAt: Date.now(),
      notify: origin === 'context-menu',
    };
    return { entries: [created, ...entries], result: created };
  });

  void runEntry(entry.id);
  return outcomeOf((await settledWithin(entry.id, ANSWER_WITHIN_MS)) ?? entry);
}

/** The entry once it is settled, or as it stands when the time is up (its retries go on in the outbox). */
async function settledWithin(id: string, ms: number): Promise<OutboxEntry | undefined> {
  const deadline = Date.now() + ms;
  let entry = await getEntry(id);
  while (entry && !isFinal(entry) && !entry.blocked && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    entry = await getEntry(id);
  }
  return entry;
}

async function outcomeOf(entry: OutboxEntry): Promise<SendInviteOutcome> {
  if (entry.state === 'sent' && entry.invite) return { status: 'sent', invite: entry.invite };
  if (entry.state === 'duplicate') return { status: 'duplicate', existing: entry.existing ?? [] };
  if ((entry.state === 'failed' || entry.blocked) && entry.lastError) {
    throw AppError.from(entry.lastError);
  }
  // Still on its way: whoever asked is gone by the time it settles, so a notification reports it.
  const queued = (await patchEntry(entry.id, { notify: true })) ?? entry;
  return { status: 'queued', entry: queued };
}

/** Cancels an invite that has not gone out; one being sent right now can no longer be stopped. */
export async function cancelQueued(id: string): Promise<OutboxEntry> {
  const result = await updateOutbox((entries) => {
    const entry = entries.find((e) => e.id === id);
    if (!entry || entry.state !== 'queued' || entry.mustReconcile) return { entries, result: entry };
    const cancelled: OutboxEntry = { ...entry, state: 'cancelled', finishedAt: Date.now() };
    return { entries: entries.map((e) => (e.id === id ? cancelled : e)), result: cancelled };
  });
  if (result?.state === 'cancelled') return result;
  throw new AppError('invalid-input', {
    message: result?.mustReconcile ? 'This invite may already have reached AlfaOne' : 'This invite is no longer waiting',
    action: 'Check Recent invites for its status.',
  });
}
