// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api, control, newestAssessmentId, useSandbox } from './helpers';
import type { AssessmentPage, CreatedInvite, InviteDetail, InvitePage } from './helpers';

describe('legacy mode (docs/api.md §9 #2, #6)', () => {
  const ctx = useSandbox({ legacy: true });
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => ctx.sandbox.state.reset());

  it.each(['', '?page=2&limit=5', '?page=0&limit=1000&sort=bogus'])(
    'should return all 120 assessments with no pagination object for "%s"',
    async (query) => {
      const actual = await api<AssessmentPage>(ctx.sandbox, `/assessments${query}`);

      expect(actual.status).toBe(200);
      expect(Object.keys(actual.body)).toEqual(['assessments']);
      expect(actual.body.assessments).toHaveLength(120);
    },
  );

  it('should list every invite without status and without pagination', async () => {
    const actual = await api<InvitePage>(ctx.sandbox, '/invites?limit=5');

    expect(Object.keys(actual.body)).toEqual(['invites']);
    expect(actual.body.invites).toHaveLength(40);
    expect(actual.body.invites.some((i) => 'status' in i)).toBe(false);
  });

  it('should still apply the old filters', async () => {
    const expected = ctx.sandbox.state.invites.filter((i) => i.status === 'completed').length;

    const actual = await api<InvitePage>(ctx.sandbox, '/invites?status=completed');
    const invalid = await api(ctx.sandbox, '/invites?status=done');

    expect(actual.body.invites).toHaveLength(expected);
    expect(invalid.status).toBe(400);
  });

  it('should omit status from the created invite but keep it on the detail endpoint', async () => {
    const created = await api<CreatedInvite>(ctx.sandbox, '/invites', {
      method: 'POST',
      body: { assessmentId: newestAssessmentId(ctx.sandbox), recipientEmail: 'legacy@example.com' },
    });
    const detail = await api<InviteDetail>(ctx.sandbox, `/invites/${created.body.invite.id}`);

    expect(created.status).toBe(201);
    expect(created.body.invite).not.toHaveProperty('status');
    expect(detail.body.status).toBe('pending');
  });

  it('should switch to the new shapes through the control API', async () => {
    const switched = await control<{ mode: { legacy: boolean } }>(ctx.sandbox, '/mode', 'POST', { legacy: false });

    const actual = await api<AssessmentPage>(ctx.sandbox, '/assessments');

    expect(switched.body.mode.legacy).toBe(false);
    expect(actual.body.assessments).toHaveLength(20);
    expect(actual.body.pagination?.totalPages).toBe(6);
  });

  it('should return to the start-up mode (legacy) on reset', async () => {
    await control(ctx.sandbox, '/mode', 'POST', { legacy: false });

    await control(ctx.sandbox, '/reset', 'POST');

    expect(ctx.sandbox.state.mode.legacy).toBe(true);
  });
});
