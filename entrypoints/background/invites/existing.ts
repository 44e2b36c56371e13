import type { ApiClient } from '@/lib/api/client';
import { listInvites, listInvitesAcrossPages } from '@/lib/api/endpoints';
import type { Invite } from '@/lib/api/schemas';
import { liveInvitesFromIndex } from '../invite-index/duplicates';

/** Statuses that mean the candidate already has a live invite (product.md, Duplicates). */
const LIVE_STATUSES = new Set(['pending', 'accepted', 'started']);
/** Clock skew allowed between this machine and AlfaOne when matching our own invite (security.md REL-5). */
const RECONCILE_SKEW_MS = 2 * 60_000;

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Live invites for this email and assessment: from the local invite index when it is synced for this key (brought
 * up to date for this person first); else, there being no email filter in the API, by paging the assessment.
 */
export async function findLiveInvites(client: ApiClient, assessmentId: string, email: string): Promise<Invite[]> {
  const fromIndex = await liveInvitesFromIndex(assessmentId, email).catch(() => null);
  if (fromIndex) return fromIndex;
  const invites = await listInvitesAcrossPages(client, { assessmentId, sort: 'sent_at', order: 'desc' }, 10);
  // A missing status (older API) is counted as live: showing one invite too many is the safe side.
  return invites.filter((i) => sameEmail(i.recipientEmail, email) && (!i.status || LIVE_STATUSES.has(i.status)));
}

/** After an ambiguous POST: the pending invite that POST created, if AlfaOne has it (security.md REL-5). */
export async function findOwnInvite(
  client: ApiClient,
  assessmentId: string,
  email: string,
  attemptStart: number,
  excludeIds: readonly string[] = [],
): Promise<Invite | undefined> {
  for (let page = 1; page <= 2; page++) {
    const { invites, pagination } = await listInvites(client, {
      assessmentId,
      status: 'pending',
      sort: 'sent_at',
      order: 'desc',
      limit: 100,
      page,
    });
    const own = invites.find(
      (i) => sameEmail(i.recipientEmail, email) && Date.parse(i.sentAt) >= attemptStart - RECONCILE_SKEW_MS && !excludeIds.includes(i.id),
    );
    if (own) return { ...own, status: own.status ?? 'pending' };
    if (!pagination || page >= pagination.totalPages) return undefined;
  }
  return undefined;
}
