// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../keys';
import type { SandboxMode } from '../state';
import { allInvites, api, CLOCK_START_MS, control, newestAssessmentId, requestLog, useSandbox } from './helpers';
import type { InviteDetail } from './helpers';

describe('control API: request log', () => {
  const ctx = useSandbox();
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => {
    ctx.sandbox.state.reset();
    ctx.clock.set(CLOCK_START_MS);
  });

  it('should log method, path, query, key, parsed body, status and arrival time', async () => {
    const body = { assessmentId: newestAssessmentId(ctx.sandbox), recipientEmail: 'log@example.com' };
    await api(ctx.sandbox, '/assessments?page=2&limit=10');
    ctx.clock.advance(1_500);
    await api(ctx.sandbox, '/invites', { method: 'POST', body, key: 'test' });

    const actual = await requestLog(ctx.sandbox);

    expect(actual).toEqual([
      {
        method: 'GET',
        path: '/api/v1/assessments',
        query: { page: '2', limit: '10' },
        apiKey: SANDBOX_KEYS.live,
        body: null,
        status: 200,
        at: CLOCK_START_MS,
        faults: [],
      },
      {
        method: 'POST',
        path: '/api/v1/invites',
        query: {},
        apiKey: SANDBOX_KEYS.test,
        body,
        status: 201,
        at: CLOCK_START_MS + 1_500,
        faults: [],
      },
    ]);
  });

  it('should log rejected requests too: no key, bad JSON, unknown paths', async () => {
    await api(ctx.sandbox, '/assessments', { key: null });
    await api(ctx.sandbox, '/invites', { method: 'POST', body: '{oops' });
    await api(ctx.sandbox, '/nowhere');

    const actual = await requestLog(ctx.sandbox);

    expect(actual.map((r) => [r.path, r.apiKey === null, r.body, r.status])).toEqual([
      ['/api/v1/assessments', true, null, 401],
      ['/api/v1/invites', false, null, 400],
      ['/api/v1/nowhere', false, null, 404],
    ]);
  });

  it('should not log control API calls, and should clear the log on DELETE', async () => {
    await api(ctx.sandbox, '/assessments');
    await control(ctx.sandbox, '/invites');

    const before = await requestLog(ctx.sandbox);
    const cleared = await control(ctx.sandbox, '/requests', 'DELETE');
    const after = await requestLog(ctx.sandbox);

    expect(before).toHaveLength(1);
    expect(cleared.status).toBe(200);
    expect(after).toEqual([]);
  });
});

describe('control API: reset, invites, mode', () => {
  const ctx = useSandbox();
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => ctx.sandbox.state.reset());

  it('should restore seed data, log, faults, rate windows and mode on reset', async () => {
    const pristine = await allInvites(ctx.sandbox);
    await api(ctx.sandbox, '/invites', {
      method: 'POST',
      body: { assessmentId: newestAssessmentId(ctx.sandbox), recipientEmail: 'gone@example.com' },
    });
    await control(ctx.sandbox, '/invites/' + pristine[0]?.id + '/status', 'POST', { status: 'revoked' });
    await control(ctx.sandbox, '/faults', 'POST', { kind: 'status', times: 5 });
    await control(ctx.sandbox, '/mode', 'POST', {
      legacy: true,
      rateLimitPerMinute: 1,
      conflictOnDuplicatePending: true,
    });

    const reset = await control(ctx.sandbox, '/reset', 'POST');

    expect(reset.status).toBe(200);
    expect(await allInvites(ctx.sandbox)).toEqual(pristine);
    expect(await requestLog(ctx.sandbox)).toEqual([]);
    expect((await control<{ faults: unknown[] }>(ctx.sandbox, '/faults')).body.faults).toEqual([]);
    expect((await control<{ mode: SandboxMode }>(ctx.sandbox, '/mode')).body.mode).toEqual({
      legacy: false,
      rateLimitPerMinute: 100,
      retryAfterOn429: false,
      keepAlive: true,
      conflictOnDuplicatePending: false,
    });
    expect(ctx.sandbox.state.assessments[0]?.inviteCount).toBe(
      pristine.filter((i) => i.assessmentId === newestAssessmentId(ctx.sandbox)).length,
    );
  });

  it('should list every invite in full, detail-only fields included', async () => {
    const actual = await allInvites(ctx.sandbox);

    expect(actual).toHaveLength(40);
    expect(actual.every((i) => 'proctoringSettings' in i && 'revokedAt' in i && !('orgId' in i))).toBe(true);
  });

  it.each([
    { status: 'accepted', set: ['acceptedAt'], unset: ['startedAt', 'completedAt', 'revokedAt'] },
    { status: 'started', set: ['acceptedAt', 'startedAt'], unset: ['completedAt', 'revokedAt'] },
    { status: 'completed', set: ['acceptedAt', 'startedAt', 'completedAt'], unset: ['revokedAt'] },
    { status: 'revoked', set: ['revokedAt'], unset: ['acceptedAt', 'startedAt', 'completedAt'] },
  ] as const)('should move a pending invite to $status and stamp its timestamps', async ({ status, set, unset }) => {
    const pending = ctx.sandbox.state.invites.find((i) => i.status === 'pending');

    const moved = await control<{ invite: InviteDetail }>(ctx.sandbox, `/invites/${pending?.id}/status`, 'POST', {
      status,
    });
    const seen = await api<InviteDetail>(ctx.sandbox, `/invites/${pending?.id}`);

    expect(moved.status).toBe(200);
    expect(seen.body.status).toBe(status);
    for (const field of set) expect(seen.body[field]).toBe(new Date(ctx.clock.now()).toISOString());
    for (const field of unset) expect(seen.body[field]).toBeNull();
  });

  it('should pull expiresAt in to now when expiring a pending invite', async () => {
    const pending = ctx.sandbox.state.invites.find((i) => i.status === 'pending');
    ctx.clock.set(Date.parse(pending?.sentAt ?? '') + 60_000);

    const moved = await control<{ invite: InviteDetail }>(ctx.sandbox, `/invites/${pending?.id}/status`, 'POST', {
      status: 'expired',
    });

    expect(moved.body.invite.expiresAt).toBe(new Date(ctx.clock.now()).toISOString());
  });

  it('should answer 400 for an unknown status and 404 for an unknown invite', async () => {
    const id = ctx.sandbox.state.invites[0]?.id;

    const bad = await control(ctx.sandbox, `/invites/${id}/status`, 'POST', { status: 'lost' });
    const missing = await control(ctx.sandbox, '/invites/00000000-0000-4000-8000-000000000000/status', 'POST', {
      status: 'expired',
    });

    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain("'status'");
    expect(missing.status).toBe(404);
  });

  it('should add named assessments, the last given the newest, and refuse an empty name', async () => {
    const names = ['Software Engineer Assessment', 'Software Engineer Assessment #2'];

    const added = await control<{ assessments: { id: string; name: string }[] }>(ctx.sandbox, '/assessments', 'POST', {
      names,
    });
    const listed = await api<{ assessments: { name: string }[] }>(ctx.sandbox, '/assessments?limit=2');
    const bad = await control(ctx.sandbox, '/assessments', 'POST', { names: [' '] });

    expect(added.body.assessments.map((a) => a.name)).toEqual(names);
    expect(listed.body.assessments.map((a) => a.name)).toEqual([...names].reverse());
    expect(bad.status).toBe(400);
  });

  it('should refuse an invalid mode and leave the mode unchanged', async () => {
    const actual = await control(ctx.sandbox, '/mode', 'POST', { rateLimitPerMinute: 0, legacy: true });

    expect(actual.status).toBe(400);
    expect(actual.body.error).toContain("'rateLimitPerMinute'");
    expect(ctx.sandbox.state.mode.legacy).toBe(false);
  });

  it('should expose the sandbox keys and 404 unknown control paths', async () => {
    const keys = await control<{ keys: typeof SANDBOX_KEYS }>(ctx.sandbox, '/keys');
    const unknown = await control(ctx.sandbox, '/nothing');

    expect(keys.body.keys).toEqual(SANDBOX_KEYS);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'Not found' });
  });
});
