import type { ApiClient } from './client';
import { AppError } from './errors';
import {
  assessmentListSchema,
  assessmentSchema,
  inviteListSchema,
  inviteSchema,
  singleOrWrapped,
  type Assessment,
  type CreateInviteInput,
  type Invite,
  type InviteStatus,
  type Pagination,
} from './schemas';

// One function per AlfaOne endpoint the extension uses; each response is parsed with its schema.

export const PAGE_LIMIT = 100;
/** A guard against a server whose `totalPages` never ends. */
const MAX_PAGES = 50;

/** GET /assessments, every page (docs/security.md REL-9): follows `pagination.totalPages`, or takes a response without it as the full set. */
export async function listAssessments(client: ApiClient): Promise<Assessment[]> {
  const all: Assessment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await client.request('GET', '/assessments', assessmentListSchema, {
      query: { page, limit: PAGE_LIMIT },
    });
    all.push(...body.assessments);
    if (!body.pagination || page >= body.pagination.totalPages || body.assessments.length === 0) break;
  }
  return dedupeById(all);
}

export async function getAssessment(client: ApiClient, assessmentId: string): Promise<Assessment> {
  return client.request(
    'GET',
    `/assessments/${segment(assessmentId)}`,
    singleOrWrapped('assessment', assessmentSchema),
  );
}

export interface InviteFilters {
  assessmentId?: string;
  status?: InviteStatus;
  sort?: 'sent_at' | 'status' | 'expires_at';
  order?: 'asc' | 'desc';
  page?: number;
  limit?: number;
}

export interface InvitePage {
  invites: Invite[];
  /** Absent when the API returned the full set (older API versions). */
  pagination?: Pagination;
}

/** GET /invites: one page, with filters and sort. */
export async function listInvites(client: ApiClient, filters: InviteFilters = {}): Promise<InvitePage> {
  const body = await client.request('GET', '/invites', inviteListSchema, { query: { ...filters } });
  return { invites: body.invites, pagination: body.pagination };
}

/** GET /invites across pages, until `maxPages` or the last page. */
export async function listInvitesAcrossPages(
  client: ApiClient,
  filters: Omit<InviteFilters, 'page'>,
  maxPages = MAX_PAGES,
): Promise<Invite[]> {
  const all: Invite[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const body = await listInvites(client, { limit: PAGE_LIMIT, ...filters, page });
    all.push(...body.invites);
    if (!body.pagination || page >= body.pagination.totalPages || body.invites.length === 0) break;
  }
  return dedupeById(all);
}

export async function getInvite(client: ApiClient, inviteId: string): Promise<Invite> {
  return client.request('GET', `/invites/${segment(inviteId)}`, singleOrWrapped('invite', inviteSchema));
}

/** POST /invites. Not idempotent: callers go through the outbox, never straight here. */
export async function createInvite(client: ApiClient, input: CreateInviteInput): Promise<Invite> {
  const invite = await client.request('POST', '/invites', singleOrWrapped('invite', inviteSchema), { body: input });
  // §9 #6: a fresh invite without `status` is pending.
  return { ...invite, status: invite.status ?? 'pending' };
}

/** A path segment from an id: never a dot-segment or anything that could leave the endpoint. */
function segment(id: string): string {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id))
    throw new AppError('bad-request', { message: `Invalid id: ${id.slice(0, 40)}` });
  return id;
}

function dedupeById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}
