import type { ApiClient } from '@/lib/api/client';
import { listInvites, listInvitesAcrossPages, PAGE_LIMIT } from '@/lib/api/endpoints';
import type { Invite, InviteStatus } from '@/lib/api/schemas';

// The two questions the outbox asks AlfaOne with GET /invites. There is no email filter (docs/api.md, GET /invites),
// so each pages one assessment, narrowed by AlfaOne's own `status` filter.

/**
 * Slack below the floor: the floor is AlfaOne's `Date` (whole seconds) carried forward, and its `sentAt` may be
 * whole seconds too, so our own invite may be stamped up to a second or so below it.
 */
const WHOLE_SECOND_SLACK_MS = 2_000;

/** Statuses that mean the candidate already has a live invite (docs/product.md, Duplicates). */
const LIVE_STATUSES: readonly InviteStatus[] = ['pending', 'accepted', 'started'];
/** Returned under a live filter all the same (an API that ignores it): not live. An unknown status counts as live. */
const FINISHED_STATUSES: readonly string[] = ['completed', 'expired', 'revoked'];
/** Any of these may be the invite an ambiguous POST created, however far the candidate got since (REL-5). */
const OWN_STATUSES: readonly InviteStatus[] = ['pending', 'accepted', 'started', 'completed'];

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Every live invite of one assessment: each live status, every page (no cap: an old invite counts too). An older API
 * may ignore the filter and leave `status` out: a missing one takes the status asked for, the safe side.
 */
export async function listLiveInvites(client: ApiClient, assessmentId: string): Promise<Invite[]> {
  const found = new Map<string, Invite>();
  for (const status of LIVE_STATUSES) {
    const invites = await listInvitesAcrossPages(
      client,
      { assessmentId, status, sort: 'sent_at', order: 'desc' },
      Infinity,
    );
    for (const invite of invites) {
      const live = { ...invite, status: invite.status ?? status };
      if (!FINISHED_STATUSES.includes(live.status) && !found.has(live.id)) found.set(live.id, live);
    }
  }
  return [...found.values()];
}

/** Live invites for this email and assessment. */
export async function findLiveInvites(client: ApiClient, assessmentId: string, email: string): Promise<Invite[]> {
  return (await listLiveInvites(client, assessmentId)).filter((i) => sameEmail(i.recipientEmail, email));
}

/**
 * After an ambiguous POST and its settle period: the invite that POST created, in whatever status it is now, sent
 * at or after `serverFloor` by AlfaOne's clock, less 2 s of slack (docs/security.md REL-5). Pages newest first, each
 * status until its invites are older than the floor.
 */
export async function findOwnInvite(
  client: ApiClient,
  assessmentId: string,
  email: string,
  serverFloor: number,
  excludeIds: readonly string[],
): Promise<Invite | undefined> {
  const floor = serverFloor - WHOLE_SECOND_SLACK_MS;
  for (const status of OWN_STATUSES) {
    for (let page = 1; ; page++) {
      const { invites, pagination } = await listInvites(client, {
        assessmentId,
        status,
        sort: 'sent_at',
        order: 'desc',
        limit: PAGE_LIMIT,
        page,
      });
      const own = invites.find(
        (i) => sameEmail(i.recipientEmail, email) && Date.parse(i.sentAt) >= floor && !excludeIds.includes(i.id),
      );
      if (own) return { ...own, status: own.status ?? status };
      const older = invites.some((i) => Date.parse(i.sentAt) < floor);
      if (older || !pagination || page >= pagination.totalPages || invites.length === 0) break;
    }
  }
  return undefined;
}
