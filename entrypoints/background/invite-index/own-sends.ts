import { openIndexDb } from '@/lib/invite-index/db';
import { addConfirmed } from '@/lib/invite-index/sync-step';
import type { Invite } from '@/lib/api/schemas';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { keyIdentity } from '../outbox/key-identity';
import { currentOwner } from './owner';

// Invites our own sends created, or found already there, go into the index at once: the next lookup knows them
// without waiting for the sync.

const added = new Set<string>();
/** Older settled entries may be another key's (another organization's): not this index's business. */
const RECENT_MS = 10 * 60_000;

export async function indexSettledEntries(entries: readonly OutboxEntry[]): Promise<void> {
  const now = Date.now();
  const settled = entries.filter(
    (e) => e.finishedAt && now - e.finishedAt <= RECENT_MS && invitesOf(e).some((i) => !added.has(i.id)),
  );
  // Most outbox changes bring nothing new: no storage read for them (a bulk run changes it hundreds of times).
  if (settled.length === 0) return;
  const who = await currentOwner();
  if (!who) return;
  // Only the key in force's own: an invite of the other environment's key never enters this one's index.
  const keyId = await keyIdentity(who.key);
  const fresh: Invite[] = [];
  for (const invite of settled.filter((e) => e.keyId === keyId).flatMap(invitesOf)) {
    if (added.has(invite.id)) continue;
    added.add(invite.id);
    fresh.push(invite);
  }
  if (fresh.length > 0) await addConfirmed({ db: await openIndexDb(), owner: who.owner }, fresh);
}

const invitesOf = (entry: OutboxEntry): Invite[] => [
  ...(entry.invite ? [entry.invite] : []),
  ...(entry.existing ?? []),
];
