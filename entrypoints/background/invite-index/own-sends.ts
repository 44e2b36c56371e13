import { openIndexDb } from '@/lib/invite-index/db';
import { addConfirmed } from '@/lib/invite-index/sync-step';
import type { Invite } from '@/lib/api/schemas';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { apiKey } from '@/lib/storage/api-key';
import { keyStatus, settings } from '@/lib/storage/items';
import { keyIdentity } from '../outbox/key-identity';
import { currentOwner } from './owner';
import { clockNow } from '@/lib/time/clock';

// Invites our own sends created, or found already there, go into the index at once: the next lookup knows them
// without waiting for the sync.

const added = new Set<string>();
/** Older settled entries may be another key's (another organization's): not this index's business. */
const RECENT_MS = 10 * 60_000;

/**
 * The key in force's identity and index owner. After a switch, the other key's entries stay "new" here for
 * RECENT_MS, so every outbox change asks again: it is read once per change of the key, its status or the settings
 * (followKeyInForce), not three records per outbox change.
 */
let inForce: Promise<{ owner: string; keyId: string } | null> | undefined;

/** Forgets the cached key on any change that may change it; registered at worker start (register.ts). */
export function followKeyInForce(): void {
  const forget = () => void (inForce = undefined);
  apiKey.watch(forget);
  keyStatus.watch(forget);
  settings.watch(forget);
}

function keyInForceNow(): Promise<{ owner: string; keyId: string } | null> {
  inForce ??= currentOwner()
    .then(async (who) => who && { owner: who.owner, keyId: await keyIdentity(who.key) })
    .catch((error: unknown) => {
      // A failed read is not remembered.
      inForce = undefined;
      throw error;
    });
  return inForce;
}

export async function indexSettledEntries(entries: readonly OutboxEntry[]): Promise<void> {
  const now = clockNow();
  const settled = entries.filter(
    (e) => e.finishedAt && now - e.finishedAt <= RECENT_MS && invitesOf(e).some((i) => !added.has(i.id)),
  );
  // Most outbox changes bring nothing new: no storage read for them (a bulk run changes it hundreds of times).
  if (settled.length === 0) return;
  const current = await keyInForceNow();
  if (!current) return;
  // Only the key in force's own: an invite of the other environment's key never enters this one's index. A cache a
  // moment stale is harmless: the index takes invites only for the owner it is filled for (addConfirmed).
  const fresh: Invite[] = [];
  for (const invite of settled.filter((e) => e.keyId === current.keyId).flatMap(invitesOf)) {
    if (added.has(invite.id)) continue;
    added.add(invite.id);
    fresh.push(invite);
  }
  // Sent from this browser: the invites our POSTs created (an existing one a check found is someone else's).
  const own = new Set(settled.flatMap((e) => (e.invite ? [e.invite.id] : [])));
  if (fresh.length > 0) await addConfirmed({ db: await openIndexDb(), owner: current.owner }, fresh, own);
}

const invitesOf = (entry: OutboxEntry): Invite[] => [
  ...(entry.invite ? [entry.invite] : []),
  ...(entry.existing ?? []),
];
