import type { ApiClient } from '@/lib/api/client';
import { listInvites, listInvitesAcrossPages, PAGE_LIMIT } from '@/lib/api/endpoints';
import type { Invite, InviteStatus } from '@/lib/api/schemas';

// The two questions the outbox asks AlfaOne with GET /invites. There is no email filter (docs/api.md, GET /invites),
// so each pages one assessment, narrowed by AlfaOne's own `status` filter.

/** Statuses that mean the candidate already has a live invite (docs/product.md, Duplicates). */
const LIVE_STATUSES: readonly InviteStatus[] = ['pending', 'accepted', 'started'];
/** Any of these may be the invite an ambiguous POST created, however far the candidate got since (REL-5). */
const OWN_STATUSES: readonly InviteStatus[] = ['pending', 'accepted', 'started', 'completed'];

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Live invites for this email and assessment: each live status, every page (no cap: an old invite counts too). */
export async function findLiveInvites(client: ApiClient, assessmentId: string, email: string): Promise<Invite[]> {
  const found: Invite[] = [];
  for (const status of LIVE_STATUSES) {
    const invites = await listInvitesAcrossPages(client, { assessmentId, status, sort: 'sent_at', order: 'desc' }, Infinity);
    // An older API may leave `status` out: the filter asked for it.
    found.push(...invites.filter((i) => sameEmail(i.recipientEmail, email)).map((i) => ({ ...i, status: i.status ?? status })));
  }
  return found;
}

/**
 * After an ambiguous POST and its settle period: the invite that POST created, in whatever status it is now, sent
 * at or after `serverFloor` by AlfaOne's clock (docs/security.md REL-5). Pages newest first, each status until its
 * invites are older than the floor.
 */
export async function findOwnInvite(
  client: ApiClient,
  assessmentId: string,
  email: string,
  serverFloor: number,
  excludeIds: readonly string[],
): Promise<Invite | undefined> {
  for (const status of OWN_STATUSES) {
    for (let page = 1; ; page++) {
      const { invites, pagination } = await listInvites(client, { assessmentId, status, sort: 'sent_at', order: 'desc', limit: PAGE_LIMIT, page });
      const own = invites.find((i) => sameEmail(i.recipientEmail, email) && Date.parse(i.sentAt) >= serverFloor && !excludeIds.includes(i.id));
      if (own) return { ...own, status: own.status ?? status };
      const older = invites.some((i) => Date.parse(i.sentAt) < serverFloor);
      if (older || !pagination || page >= pagination.totalPages || invites.length === 0) break;
    }
  }
  return undefined;
}
