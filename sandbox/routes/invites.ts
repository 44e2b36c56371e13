import { Hono } from 'hono';
import type { SandboxEnv } from '../env';
import { findOwned, jsonError } from '../http';
import { compareText, paginate, sortBy } from '../pagination';
import type { SortOrder } from '../pagination';
import type { SandboxState } from '../state';
import { INVITE_STATUSES } from '../types';
import type { StoredInvite } from '../types';
import { describeIssue, inviteFiltersQuery, listInvitesQuery, parseWith } from '../validation';
import type { INVITE_SORTS } from '../validation';
import { toInviteDetail, toInviteSummary } from '../views';
import { createInvite } from './create-invite';

type InviteSort = (typeof INVITE_SORTS)[number];

// `status` sorts by lifecycle (the enum's declared order), not alphabetically.
const COMPARATORS: Record<InviteSort, (a: StoredInvite, b: StoredInvite) => number> = {
  sent_at: (a, b) => compareText(a.sentAt, b.sentAt),
  expires_at: (a, b) => compareText(a.expiresAt, b.expiresAt),
  status: (a, b) => INVITE_STATUSES.indexOf(a.status) - INVITE_STATUSES.indexOf(b.status),
};

/** Ties: newest sent first, then id, whatever the requested order. */
function tieBreak(a: StoredInvite, b: StoredInvite): number {
  return compareText(b.sentAt, a.sentAt) || compareText(a.id, b.id);
}

function sortInvites(items: StoredInvite[], sort: InviteSort, order: SortOrder): StoredInvite[] {
  return sortBy(items, COMPARATORS[sort], order, tieBreak);
}

interface InviteFilters {
  assessmentId?: string | undefined;
  status?: StoredInvite['status'] | undefined;
}

function filterInvites(invites: StoredInvite[], orgId: string, filters: InviteFilters): StoredInvite[] {
  const assessmentId = filters.assessmentId?.toLowerCase();
  return invites.filter(
    (i) =>
      i.orgId === orgId &&
      (assessmentId === undefined || i.assessmentId === assessmentId) &&
      (filters.status === undefined || i.status === filters.status),
  );
}

/** GET /invites, GET /invites/{id}, POST /invites. */
export function inviteRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.get('/', (c) => {
    const orgId = c.get('key').orgId;
    if (state.mode.legacy) {
      // Old docs: only the two filters, the complete set, no pagination object, no status.
      const filters = parseWith(inviteFiltersQuery, c.req.query());
      if (!filters.success) return jsonError(c, 400, describeIssue(filters.error, 'query parameter'));
      const all = sortInvites(filterInvites(state.invites, orgId, filters.data), 'sent_at', 'desc');
      return c.json({ invites: all.map((i) => toInviteSummary(i, true)) });
    }
    const query = parseWith(listInvitesQuery, c.req.query());
    if (!query.success) return jsonError(c, 400, describeIssue(query.error, 'query parameter'));
    const { page, limit, sort, order } = query.data;
    const matching = sortInvites(filterInvites(state.invites, orgId, query.data), sort, order);
    const { items, pagination } = paginate(matching, page, limit);
    return c.json({ invites: items.map((i) => toInviteSummary(i, false)), pagination });
  });

  app.get('/:id', (c) => {
    const owned = findOwned(c, state.invites, 'invite');
    return 'error' in owned ? owned.error : c.json(toInviteDetail(owned.found));
  });

  app.post('/', (c) => createInvite(c, state));

  return app;
}
