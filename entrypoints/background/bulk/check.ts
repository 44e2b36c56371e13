import type { ApiClient } from '@/lib/api/client';
import { listInvitesAcrossPages } from '@/lib/api/endpoints';
import type { Invite } from '@/lib/api/schemas';
import { emailKey } from '@/lib/bulk/review';

const LIVE = ['pending', 'accepted', 'started'] as const;

/**
 * The live invites of one assessment to any of these addresses (docs/product.md, Duplicates). The API has no
 * filter by address, so each live status is asked for with AlfaOne's `status` filter and paged to its end: a few
 * requests for the whole list, where one check per person would cost two thousand.
 */
export async function findLiveInvitesFor(client: ApiClient, assessmentId: string, emails: string[]): Promise<{ email: string; invites: Invite[] }[]> {
  const wanted = new Set(emails.map(emailKey));
  const found = new Map<string, Invite[]>();
  const seen = new Set<string>();
  for (const status of LIVE) {
    const invites = await listInvitesAcrossPages(client, { assessmentId, status, sort: 'sent_at', order: 'desc' });
    for (const invite of invites) {
      // An older API ignores the filter and omits `status`: a missing one counts as live, the safe side.
      const live = !invite.status || (LIVE as readonly string[]).includes(invite.status);
      const key = emailKey(invite.recipientEmail);
      if (!live || !wanted.has(key) || seen.has(invite.id)) continue;
      seen.add(invite.id);
      found.set(key, [...(found.get(key) ?? []), invite]);
    }
  }
  return [...found].map(([email, invites]) => ({ email, invites }));
}
