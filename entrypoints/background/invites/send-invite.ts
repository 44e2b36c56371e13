import { AppError } from '@/lib/api/errors';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { isSettled, outboxKey } from '@/lib/outbox/states';
import type { SendInviteOutcome, SendInviteRequest } from '@/lib/messaging/views';
import { describeKey } from '@/lib/key/key-format';
import { apiKey, inForce } from '@/lib/storage/api-key';
import { assessmentsCache, cachedName } from '@/lib/storage/items';
import { applyEvent, drainOutbox, keyIdentity, patchEntry, updateOutbox, waitForEntry } from '../outbox';
import { buildCreateBody } from './create-body';
import { i18n } from '#i18n';
import { clockNow } from '@/lib/time/clock';

/** Asked for under one key while another is in force: nothing was queued (a bulk run's line, REL-10). */
export class OtherKeyInForce extends Error {}

export interface BulkSendOptions {
  /** Queue it only under this key (a bulk run's own); otherwise throw OtherKeyInForce. */
  onlyUnderKeyId?: string;
  /** Live invites the user saw and chose to send anyway: the duplicate check stops only for one not among them. */
  knownInviteIds?: string[];
}

/** How long a send may keep its caller waiting before it answers "queued" and carries on in the outbox. */
const ANSWER_WITHIN_MS = 8_000;

/**
 * Sends one invite exactly once: it goes into the persisted outbox first, then out. A second request for the same
 * candidate and assessment under the same key while the first is open joins the first (docs/security.md REL-6). The
 * entry belongs to the key in force now (REL-10).
 */
export async function sendInvite(
  request: SendInviteRequest,
  origin: OutboxEntry['origin'] = 'popup',
  bulk: BulkSendOptions = {},
): Promise<SendInviteOutcome> {
  const { onlyUnderKeyId, knownInviteIds = [] } = bulk;
  const body = buildCreateBody(request);
  const key = outboxKey(body.assessmentId, body.recipientEmail);
  const [assessments, keys] = await Promise.all([assessmentsCache.getValue(), apiKey.getValue()]);
  // The key in force and its environment, from one read. Asked with no key saved: it belongs to none, and waits
  // for the user's choice once one is.
  const saved = inForce(keys);
  const keyId = saved ? await keyIdentity(saved) : '';
  // Checked on the same read of the keys the entry is made from: no switch can come between.
  if (onlyUnderKeyId !== undefined && keyId !== onlyUnderKeyId) throw new OtherKeyInForce();
  const now = clockNow();
  const entry = await updateOutbox((entries) => {
    // Joined only under the same key: one asked under the other key is another invite, with its own duplicate
    // check (REL-10), and it goes out only while its own key is in force, so the two never fly at once.
    const open = entries.find((e) => e.key === key && e.keyId === keyId && !isSettled(e));
    if (open) return { entries, result: open };
    const created: OutboxEntry = {
      id: crypto.randomUUID(),
      key,
      body,
      assessmentName: cachedName(assessments, describeKey(saved), body.assessmentId),
      origin,
      keyEnv: saved ? keys?.inForce : undefined,
      keyId,
      checkDuplicates: !request.confirmDuplicate,
      state: 'queued',
      createdAt: now,
      nextAt: now,
      posts: 0,
      tries: 0,
      preexistingIds: knownInviteIds,
      unsure: false,
      notify: origin === 'context-menu',
    };
    return { entries: [created, ...entries], result: created };
  });

  // Started in its turn: ahead of a bulk run's, behind at most a few others (outbox/drain.ts).
  void drainOutbox();
  // Waits for an outcome the caller can show: settled, held for the user, or a check later than the caller waits.
  const deadline = clockNow() + ANSWER_WITHIN_MS;
  const answered = (e: OutboxEntry) =>
    isSettled(e) || e.state === 'held' || (e.state === 'checking' && e.nextAt > deadline);
  return outcomeOf((await waitForEntry(entry.id, answered, ANSWER_WITHIN_MS)) ?? entry);
}

async function outcomeOf(entry: OutboxEntry): Promise<SendInviteOutcome> {
  if (entry.state === 'sent' && entry.invite) return { status: 'sent', invite: entry.invite };
  if (entry.state === 'duplicate') return { status: 'duplicate', existing: entry.existing ?? [] };
  if ((entry.state === 'failed' || entry.state === 'held') && entry.lastError) {
    throw AppError.from(entry.lastError);
  }
  // Still on its way: whoever asked is gone by the time it settles, so a notification reports it.
  const queued = (await patchEntry(entry.id, { notify: true })) ?? entry;
  return { status: 'queued', entry: queued };
}

/** A bulk run's cancel: the invite is cancelled unless it is on its way already, which is left to finish. */
export function cancelUnlessOut(id: string): Promise<OutboxEntry | undefined> {
  return applyEvent(id, { type: 'cancel', now: clockNow() });
}

/** Cancels an invite that has not gone out, or discards a held one; a POST in flight can no longer be stopped. */
export async function cancelQueued(id: string): Promise<OutboxEntry> {
  const result = await applyEvent(id, { type: 'cancel', now: clockNow() });
  if (result?.state === 'cancelled') return result;
  throw new AppError('invalid-input', {
    message: result?.unsure ? i18n.t('outbox.mayHaveReached') : i18n.t('outbox.noLongerWaiting'),
    action: i18n.t('outbox.checkRecent'),
  });
}
