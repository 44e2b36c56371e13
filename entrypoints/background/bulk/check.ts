import type { ApiClient } from '@/lib/api/client';
import type { Invite } from '@/lib/api/schemas';
import { emailKey } from '@/lib/bulk/review';
import { listLiveInvites } from '@/lib/outbox/lookup';

/**
 * The live invites of one assessment to any of these addresses (docs/product.md, Duplicates). The API has no
 * filter by address, so the assessment's live invites are read once: a few requests for the whole list, where one
 * check per person would cost two thousand.
 */
export async function findLiveInvitesFor(
  client: ApiClient,
  assessmentId: string,
  emails: string[],
): Promise<{ email: string; invites: Invite[] }[]> {
  const wanted = new Set(emails.map(emailKey));
  const found = new Map<string, Invite[]>();
  for (const invite of await listLiveInvites(client, assessmentId)) {
    const key = emailKey(invite.recipientEmail);
    if (wanted.has(key)) found.set(key, [...(found.get(key) ?? []), invite]);
  }
  return [...found].map(([email, invites]) => ({ email, invites }));
}
