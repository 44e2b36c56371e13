import { AppError } from '@/lib/api/errors';
import type { ApiClient } from '@/lib/api/client';
import { createInvite, listInvites } from '@/lib/api/endpoints';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { findOwnInvite } from '@/lib/outbox/lookup';
import { findLiveInvites } from '../invite-index/duplicates';
import type { OutboxEvent } from '@/lib/outbox/transition';
import { withApi } from '../api-access';
import { postFailure, readFailure } from './failure-event';
import { keyIdentity } from './key-identity';
import { noteCreated } from './live-snapshot';
import { armAlarm } from './schedule';
import { settleMs } from './settle';
import { applyEvent } from './store';
import { clockNow } from '@/lib/time/clock';

/** Without any `Date` header from AlfaOne, this much of this machine's clock is not trusted (REL-5). */
const NO_DATE_SKEW_MS = 5 * 60_000;

/**
 * One step for one entry that is due: reconcile (`checking`) or check and POST (`queued`). Returns the entry after
 * it. Only under the key it was asked under (docs/security.md REL-10); a POST that may have reached AlfaOne is
 * looked for before any other (REL-5); the entry is persisted as `sending` before the POST leaves (REL-6).
 */
export async function attemptEntry(entry: OutboxEntry): Promise<OutboxEntry | undefined> {
  try {
    return await withApi((client, key) => step(client, key, entry));
  } catch (error) {
    return applyEvent(entry.id, readFailure(entry, error, clockNow()));
  }
}

async function step(client: ApiClient, key: string, entry: OutboxEntry): Promise<OutboxEntry | undefined> {
  if ((await keyIdentity(key)) !== entry.keyId)
    return applyEvent(entry.id, { type: 'hold', now: clockNow(), reason: 'key-changed' });
  const { assessmentId, recipientEmail } = entry.body;
  if (entry.state === 'checking') {
    const floor = entry.serverFloor ?? (entry.postedAt ?? entry.createdAt) - NO_DATE_SKEW_MS;
    const own = await findOwnInvite(client, assessmentId, recipientEmail, floor, entry.preexistingIds);
    if (own) noteCreated(owner(client, entry), own);
    return applyEvent(
      entry.id,
      own ? { type: 'created', now: clockNow(), invite: own } : { type: 'not-found', now: clockNow() },
    );
  }
  let preexistingIds = entry.preexistingIds;
  if (entry.posts === 0) {
    const existing = await findLiveInvites(client, owner(client, entry), assessmentId, recipientEmail);
    // Those the user already saw and chose to send anyway (a bulk line's) do not stop it; a newer one does.
    const unseen = existing.filter((i) => !entry.preexistingIds.includes(i.id));
    if (entry.checkDuplicates && unseen.length > 0)
      return applyEvent(entry.id, { type: 'duplicate', now: clockNow(), existing: unseen });
    // "Send anyway": remember what was there, so reconciling never takes the old invite for the new one.
    preexistingIds = existing.map((i) => i.id);
  }
  const sending = await applyEvent(entry.id, {
    type: 'post',
    now: clockNow(),
    serverFloor: await serverFloor(client, assessmentId),
    preexistingIds,
  });
  if (sending?.state !== 'sending') return sending;
  await armAlarm(sending);
  const outcome = await post(client, sending);
  if (outcome.type === 'created') noteCreated(owner(client, entry), outcome.invite);
  return applyEvent(entry.id, outcome);
}

/** Whose reads a check may share: this base URL under the key the entry belongs to (checked above). */
const owner = (client: ApiClient, entry: OutboxEntry) => `${client.baseUrl}\n${entry.keyId}`;

async function post(client: ApiClient, entry: OutboxEntry): Promise<OutboxEvent> {
  try {
    const invite = await createInvite(client, entry.body);
    lastPostAnswer = performance.now();
    return { type: 'created', now: clockNow(), invite };
  } catch (error) {
    if (error instanceof AppError && error.status !== undefined) lastPostAnswer = performance.now();
    return postFailure(error, clockNow(), await settleMs());
  }
}

/**
 * AlfaOne's clock now, from the `Date` of its latest answer. A POST follows another POST's answer of the last few
 * seconds, or one cheap read first: an AlfaOne out of reach then fails that read, before anything was sent, and the
 * invite stays plainly queued (and cancellable), not "may have been sent". A burst of sends pays for one such read,
 * not one each.
 */
async function serverFloor(client: ApiClient, assessmentId: string): Promise<number> {
  const inBurst = performance.now() - lastPostAnswer <= BURST_GAP_MS;
  if (!inBurst || client.serverDate() === undefined) await listInvites(client, { assessmentId, limit: 1 });
  return client.serverDate() ?? Date.now() - NO_DATE_SKEW_MS;
}

const BURST_GAP_MS = 2_000;
/** When AlfaOne last answered a POST of this worker (any HTTP answer: it was reachable). */
let lastPostAnswer = -Infinity;
