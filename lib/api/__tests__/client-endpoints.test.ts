// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SANDBOX_ORGS } from '../../../sandbox/keys';
import {
  createInvite,
  getAssessment,
  getInvite,
  listAssessments,
  listInvites,
  listInvitesAcrossPages,
  PAGE_LIMIT,
} from '../endpoints';
import type { InviteFilters } from '../endpoints';
import { INVITE_STATUSES } from '../schemas';
import type { Invite } from '../schemas';
import { useSandbox } from './sandbox-harness';

// Every endpoint function, with the real client, against the real sandbox over loopback.

const sb = useSandbox();

const northwind = () => sb.sandbox().state.assessments.filter((a) => a.orgId === SANDBOX_ORGS.northwind.id);
const sorted = (ids: string[]) => [...ids].sort();
const rank = (invite: Invite | undefined) =>
  INVITE_STATUSES.indexOf((invite?.status ?? 'pending') as (typeof INVITE_STATUSES)[number]);

describe('AlfaOne endpoints against the sandbox', () => {
  it.each([
    { legacy: false, requests: 2 },
    { legacy: true, requests: 1 },
  ])(
    'REL-9: should list every assessment in $requests request(s) when legacy is $legacy (pagination with and without the object)',
    async ({ legacy, requests }) => {
      await sb.mode({ legacy });

      const actual = await listAssessments(sb.client());

      expect(actual).toHaveLength(120);
      expect(sorted(actual.map((a) => a.id))).toEqual(sorted(northwind().map((a) => a.id)));
      const log = await sb.requests();
      expect(log).toHaveLength(requests);
      expect(log.map((r) => [r.method, r.path, r.query.page, r.query.limit, r.status])).toEqual(
        Array.from({ length: requests }, (_, i) => [
          'GET',
          '/api/v1/assessments',
          String(i + 1),
          String(PAGE_LIMIT),
          200,
        ]),
      );
    },
  );

  it.each([
    { legacy: false, requests: 6, total: 40 },
    { legacy: true, requests: 1, total: 40 },
  ])(
    'REL-9: should collect all $total invites across pages in $requests request(s) when legacy is $legacy',
    async ({ legacy, requests, total }) => {
      await sb.mode({ legacy });

      const actual = await listInvitesAcrossPages(sb.client(), { limit: 7 });

      expect(new Set(actual.map((i) => i.id)).size).toBe(total);
      expect(await sb.requests()).toHaveLength(requests);
    },
  );

  it('should stop listInvitesAcrossPages at maxPages', async () => {
    const actual = await listInvitesAcrossPages(sb.client(), { limit: 5 }, 2);

    expect(actual).toHaveLength(10);
    expect((await sb.requests()).map((r) => r.query.page)).toEqual(['1', '2']);
  });

  it('should pass the filters to every page of listInvitesAcrossPages', async () => {
    const pending = (await sb.invites()).filter((i) => i.status === 'pending');

    const actual = await listInvitesAcrossPages(sb.client(), { status: 'pending', limit: 5 });

    expect(sorted(actual.map((i) => i.id))).toEqual(sorted(pending.map((i) => i.id)));
    const log = await sb.requests();
    expect(log).toHaveLength(Math.ceil(pending.length / 5));
    expect(log.every((r) => r.query.status === 'pending' && r.query.limit === '5')).toBe(true);
  });

  it('should get one assessment as a bare object with totalPoints', async () => {
    const stored = northwind()[0]!;

    const actual = await getAssessment(sb.client(), stored.id);

    expect(actual).toMatchObject({ id: stored.id, name: stored.name, totalPoints: stored.totalPoints });
    expect(actual.totalPoints).toEqual(expect.any(Number));
    expect((await sb.requests()).map((r) => r.path)).toEqual([`/api/v1/assessments/${stored.id}`]);
  });

  it.each<{ name: string; filters: InviteFilters; check: (invites: Invite[]) => boolean }>([
    { name: 'status', filters: { status: 'completed' }, check: (l) => l.every((i) => i.status === 'completed') },
    {
      name: 'sort and order',
      filters: { sort: 'status', order: 'asc', limit: 100 },
      check: (l) => l.every((i, n) => n === 0 || rank(l[n - 1]) <= rank(i)) && rank(l[0]) < rank(l[l.length - 1]),
    },
  ])('should list invites with the $name filter sent as query parameters', async ({ filters, check }) => {
    const actual = await listInvites(sb.client(), filters);

    expect(actual.invites.length).toBeGreaterThan(0);
    expect(check(actual.invites)).toBe(true);
    const [entry] = await sb.requests();
    expect(entry?.query).toEqual(Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, String(v)])));
  });

  it('should list the invites of one assessment, sorted by expiry ascending', async () => {
    const assessmentId = (await sb.invites())[0]!.assessmentId;

    const actual = await listInvites(sb.client(), { assessmentId, sort: 'expires_at', order: 'asc' });

    expect(actual.invites.length).toBeGreaterThan(0);
    expect(actual.invites.every((i) => i.assessmentId === assessmentId)).toBe(true);
    const expiries = actual.invites.map((i) => i.expiresAt);
    expect(expiries).toEqual([...expiries].sort());
  });

  it('should return one page with its pagination object', async () => {
    const actual = await listInvites(sb.client(), { page: 2, limit: 15 });

    expect(actual.invites).toHaveLength(15);
    expect(actual.pagination).toEqual({ page: 2, limit: 15, total: 40, totalPages: 3 });
  });

  it('should return a legacy invite list without pagination and without status', async () => {
    await sb.mode({ legacy: true });

    const actual = await listInvites(sb.client(), { status: 'pending' });

    expect(actual.pagination).toBeUndefined();
    expect(actual.invites.length).toBeGreaterThan(0);
    expect(actual.invites.every((i) => i.status === undefined)).toBe(true);
  });

  it('should get one invite as a bare object with every detail-only field', async () => {
    const expected = (await sb.invites()).find((i) => i.assignedGrader && i.customMessage);
    if (!expected) throw new Error('seed has no invite with a grader and a custom message');

    const actual = await getInvite(sb.client(), expected.id);

    expect(actual).toEqual(expected);
    expect(actual.assignedGrader?.email).toEqual(expect.stringContaining('@'));
    expect(actual.proctoringSettings).toEqual(expected.proctoringSettings);
    expect(actual).toHaveProperty('revokedAt');
  });

  it.each([
    { legacy: false, rawHasStatus: true },
    { legacy: true, rawHasStatus: false },
  ])(
    'should create an invite (201, wrapped) with status pending when legacy is $legacy',
    async ({ legacy, rawHasStatus }) => {
      await sb.mode({ legacy });
      let raw: { invite?: Record<string, unknown> } = {};
      const client = sb.client('live', {
        fetch: async (input, init) => {
          const res = await fetch(input, init);
          raw = (await res.clone().json()) as typeof raw;
          return res;
        },
      });
      const input = { assessmentId: northwind()[0]!.id, recipientEmail: 'new.candidate@example.com', expiresInDays: 7 };

      const actual = await createInvite(client, input);

      expect(actual).toMatchObject({
        assessmentId: input.assessmentId,
        recipientEmail: input.recipientEmail,
        status: 'pending',
      });
      expect(Date.parse(actual.expiresAt) - Date.parse(actual.sentAt)).toBe(7 * 86_400_000);
      expect(raw.invite !== undefined && 'status' in raw.invite).toBe(rawHasStatus);
      const log = await sb.requests();
      expect(log.map((r) => [r.method, r.path, r.status])).toEqual([['POST', '/api/v1/invites', 201]]);
      expect(log[0]?.body).toEqual(input);
      expect((await sb.invites()).some((i) => i.id === actual.id && i.status === 'pending')).toBe(true);
    },
  );
});
