// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INVITE_STATUSES } from '../types';
import { api, useSandbox } from './helpers';
import type { InviteDetail, InvitePage } from './helpers';

const DETAIL_ONLY = ['assignedGrader', 'proctoringSettings', 'customMessage', 'revokedAt'];

describe('GET /invites', () => {
  const ctx = useSandbox();
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => ctx.sandbox.state.reset());

  it('should list summary items only, newest sentAt first, with a pagination object', async () => {
    const actual = await api<InvitePage>(ctx.sandbox, '/invites');

    expect(actual.status).toBe(200);
    expect(actual.body.pagination).toEqual({ page: 1, limit: 20, total: 40, totalPages: 2 });
    expect(actual.body.invites).toHaveLength(20);
    for (const invite of actual.body.invites) {
      for (const field of DETAIL_ONLY) expect(invite).not.toHaveProperty(field);
      expect(invite.status).toBeDefined();
    }
    const sent = actual.body.invites.map((i) => Date.parse(i.sentAt));
    expect(sent).toEqual([...sent].sort((a, b) => b - a));
  });

  it.each(INVITE_STATUSES)('should filter by status=%s', async (status) => {
    const expected = ctx.sandbox.state.invites.filter((i) => i.status === status).length;

    const actual = await api<InvitePage>(ctx.sandbox, `/invites?status=${status}&limit=100`);

    expect(expected).toBeGreaterThan(0);
    expect(actual.body.invites).toHaveLength(expected);
    expect(actual.body.invites.every((i) => i.status === status)).toBe(true);
    expect(actual.body.pagination?.total).toBe(expected);
  });

  it('should filter by assessmentId and status together (the REL-5 reconcile query)', async () => {
    const assessmentId = ctx.sandbox.state.assessments[0]?.id ?? '';
    const expected = ctx.sandbox.state.invites
      .filter((i) => i.assessmentId === assessmentId && i.status === 'pending')
      .map((i) => i.id)
      .sort();

    const actual = await api<InvitePage>(
      ctx.sandbox,
      `/invites?assessmentId=${assessmentId}&status=pending&sort=sent_at&order=desc`,
    );

    expect(actual.status).toBe(200);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual.body.invites.map((i) => i.id).sort()).toEqual(expected);
  });

  it('should return an empty page for an assessmentId that matches nothing', async () => {
    const actual = await api<InvitePage>(ctx.sandbox, '/invites?assessmentId=00000000-0000-4000-8000-000000000000');

    expect(actual.status).toBe(200);
    expect(actual.body).toEqual({ invites: [], pagination: { page: 1, limit: 20, total: 0, totalPages: 0 } });
  });

  it('should sort by status in lifecycle order, ascending and descending', async () => {
    const asc = (await api<InvitePage>(ctx.sandbox, '/invites?sort=status&order=asc&limit=100')).body.invites;
    const desc = (await api<InvitePage>(ctx.sandbox, '/invites?sort=status&order=desc&limit=100')).body.invites;

    const rank = (s: string | undefined) => INVITE_STATUSES.indexOf(s as (typeof INVITE_STATUSES)[number]);
    expect(asc.map((i) => rank(i.status))).toEqual(asc.map((i) => rank(i.status)).sort((a, b) => a - b));
    expect(desc.map((i) => rank(i.status))).toEqual(desc.map((i) => rank(i.status)).sort((a, b) => b - a));
  });

  it('should sort by expires_at ascending', async () => {
    const actual = (await api<InvitePage>(ctx.sandbox, '/invites?sort=expires_at&order=asc&limit=100')).body.invites;

    const expires = actual.map((i) => Date.parse(i.expiresAt));
    expect(expires).toEqual([...expires].sort((a, b) => a - b));
  });

  it('should page through all 40 seeded invites at limit 15', async () => {
    const pages = await Promise.all(
      [1, 2, 3].map((page) => api<InvitePage>(ctx.sandbox, `/invites?limit=15&page=${page}`)),
    );

    expect(pages.map((p) => p.body.invites.length)).toEqual([15, 15, 10]);
    expect(pages[0]?.body.pagination).toEqual({ page: 1, limit: 15, total: 40, totalPages: 3 });
    expect(new Set(pages.flatMap((p) => p.body.invites.map((i) => i.id))).size).toBe(40);
  });

  it.each([
    { query: 'assessmentId=abc', param: 'assessmentId' },
    { query: 'status=sent', param: 'status' },
    { query: 'status=PENDING', param: 'status' },
    { query: 'page=0', param: 'page' },
    { query: 'limit=101', param: 'limit' },
    { query: 'limit=0', param: 'limit' },
    { query: 'sort=created_at', param: 'sort' },
    { query: 'order=newest', param: 'order' },
  ])('should answer 400 naming "$param" for ?$query', async ({ query, param }) => {
    const actual = await api(ctx.sandbox, `/invites?${query}`);

    expect(actual.status).toBe(400);
    expect(actual.body.error).toContain(`'${param}'`);
  });

  it('should show the empty organization no invites', async () => {
    const actual = await api<InvitePage>(ctx.sandbox, '/invites', { key: 'empty' });

    expect(actual.body).toEqual({ invites: [], pagination: { page: 1, limit: 20, total: 0, totalPages: 0 } });
  });
});

describe('GET /invites/{id}', () => {
  const ctx = useSandbox();
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => ctx.sandbox.state.reset());

  it('should return the full invite, unwrapped, including the detail-only fields', async () => {
    const listed = (await api<InvitePage>(ctx.sandbox, '/invites?limit=1')).body.invites[0];

    const actual = await api<InviteDetail>(ctx.sandbox, `/invites/${listed?.id}`);

    expect(actual.status).toBe(200);
    expect(actual.body).toMatchObject({ ...listed });
    for (const field of DETAIL_ONLY) expect(actual.body).toHaveProperty(field);
    expect(actual.body.proctoringSettings).toEqual({
      screenRecording: expect.any(Boolean),
      webcamMonitoring: expect.any(Boolean),
      requireIdCapture: expect.any(Boolean),
    });
  });

  it('should carry revokedAt on a revoked invite and a grader shaped per §5.1', async () => {
    const revoked = ctx.sandbox.state.invites.find((i) => i.status === 'revoked' && i.assignedGrader);

    const actual = await api<InviteDetail>(ctx.sandbox, `/invites/${revoked?.id}`);

    expect(actual.body.revokedAt).toEqual(expect.any(String));
    expect(Object.keys(actual.body.assignedGrader ?? {}).sort()).toEqual(['email', 'firstName', 'id', 'lastName']);
  });

  it.each([
    { name: 'an unknown UUID', key: 'live' as const, id: (): string => '00000000-0000-4000-8000-000000000000' },
    { name: "another org's invite", key: 'empty' as const, id: (): string => ctx.sandbox.state.invites[0]?.id ?? '' },
  ])('should answer 404 for $name', async ({ key, id }) => {
    const actual = await api(ctx.sandbox, `/invites/${id()}`, { key });

    expect(actual.status).toBe(404);
    expect(actual.body).toEqual({ error: 'Invite not found' });
  });

  it('should answer 400 for a malformed id', async () => {
    const actual = await api(ctx.sandbox, '/invites/42');

    expect(actual.status).toBe(400);
    expect(actual.body).toEqual({ error: 'Invalid invite id: must be a UUID' });
  });
});
