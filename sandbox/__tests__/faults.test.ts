// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../keys';
import type { Fault } from '../faults';
import { api, control, newestAssessmentId, requestLog, useSandbox } from './helpers';

describe('fault injection', () => {
  const ctx = useSandbox();
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => ctx.sandbox.state.reset());

  async function addFault(fault: Fault | Fault[]) {
    const res = await control(ctx.sandbox, '/faults', 'POST', fault);
    expect(res.status).toBe(201);
  }

  function postInvite(email = 'fault@example.com') {
    return fetch(`${ctx.sandbox.baseUrl}/invites`, {
      method: 'POST',
      headers: { 'x-api-key': SANDBOX_KEYS.live, 'content-type': 'application/json' },
      body: JSON.stringify({ assessmentId: newestAssessmentId(ctx.sandbox), recipientEmail: email }),
    });
  }

  function invitesFor(email: string) {
    return ctx.sandbox.state.invites.filter((i) => i.recipientEmail === email);
  }

  describe('kind "status"', () => {
    it('should answer 500 with the default error body before handling, then serve normally', async () => {
      await addFault({ kind: 'status' });

      const faulted = await api(ctx.sandbox, '/assessments');
      const next = await api(ctx.sandbox, '/assessments');

      expect(faulted.status).toBe(500);
      expect(faulted.body).toEqual({ error: 'Internal server error' });
      expect(next.status).toBe(200);
    });

    it.each([429, 502, 503, 504])('should answer %i with the given headers and body', async (status) => {
      await addFault({ kind: 'status', status, headers: { 'Retry-After': '7' }, body: { error: 'Try later' } });

      const actual = await api(ctx.sandbox, '/invites');

      expect(actual.status).toBe(status);
      expect(actual.headers.get('retry-after')).toBe('7');
      expect(actual.body).toEqual({ error: 'Try later' });
    });

    it('should send a string body verbatim, so a 200 can carry malformed JSON', async () => {
      await addFault({ kind: 'status', status: 200, body: '{"assessments": [' });

      const res = await fetch(`${ctx.sandbox.baseUrl}/assessments`, { headers: { 'x-api-key': SANDBOX_KEYS.live } });

      expect(res.status).toBe(200);
      await expect(res.json()).rejects.toThrow(SyntaxError);
    });

    it('should apply before authentication, like a failing proxy', async () => {
      await addFault({ kind: 'status', status: 503 });

      const actual = await api(ctx.sandbox, '/assessments', { key: null });

      expect(actual.status).toBe(503);
    });

    it('should not create the invite when applied before handling', async () => {
      await addFault({ method: 'POST', path: '/invites', kind: 'status', status: 500 });

      const res = await postInvite();

      expect(res.status).toBe(500);
      expect(invitesFor('fault@example.com')).toHaveLength(0);
    });

    it('should create the invite and still answer 500 when applied after handling', async () => {
      await addFault({ method: 'POST', path: '/invites', kind: 'status', status: 500, when: 'after' });

      const res = await postInvite();

      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ error: 'Internal server error' });
      expect(invitesFor('fault@example.com')).toHaveLength(1);
    });

    it('should replace a 429 without keeping its Retry-After when applied after', async () => {
      await control(ctx.sandbox, '/mode', 'POST', { rateLimitPerMinute: 1, retryAfterOn429: true });
      await api(ctx.sandbox, '/assessments');
      await addFault({ kind: 'status', status: 502, when: 'after' });

      const actual = await api(ctx.sandbox, '/assessments');

      expect(actual.status).toBe(502);
      expect(actual.headers.get('retry-after')).toBeNull();
    });
  });

  describe('matching and consumption', () => {
    it('should match by method and path prefix and leave non-matching requests alone', async () => {
      await addFault({ method: 'get', path: '/invites', kind: 'status', status: 503 });

      const assessments = await api(ctx.sandbox, '/assessments');
      const post = await postInvite('match@example.com');
      const detail = await api(ctx.sandbox, `/invites/${ctx.sandbox.state.invites[0]?.id}`);

      expect(assessments.status).toBe(200);
      expect(post.status).toBe(201);
      expect(detail.status).toBe(503);
      expect(ctx.sandbox.state.faults).toHaveLength(0);
    });

    it('should not treat "/invites" as a prefix of "/invitesX"', async () => {
      await addFault({ path: '/invites', kind: 'status', status: 503 });

      const actual = await api(ctx.sandbox, '/invitesX');

      expect(actual.status).toBe(404);
      expect(ctx.sandbox.state.faults).toHaveLength(1);
    });

    it('should fire `times` times and then stop', async () => {
      await addFault({ kind: 'status', status: 503, times: 2 });

      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await api(ctx.sandbox, '/assessments')).status);

      expect(statuses).toEqual([503, 503, 200]);
    });

    it('should consume faults in the order they were queued', async () => {
      await addFault([
        { kind: 'status', status: 502 },
        { kind: 'status', status: 503 },
      ]);

      const statuses = [
        (await api(ctx.sandbox, '/assessments')).status,
        (await api(ctx.sandbox, '/assessments')).status,
      ];

      expect(statuses).toEqual([502, 503]);
    });

    it('should list and clear queued faults', async () => {
      await addFault({ kind: 'status', times: 3 });

      const listed = await control<{ faults: Array<{ times: number; when: string; status: number }> }>(
        ctx.sandbox,
        '/faults',
      );
      await control(ctx.sandbox, '/faults', 'DELETE');

      expect(listed.body.faults).toEqual([
        expect.objectContaining({ kind: 'status', times: 3, when: 'before', status: 500 }),
      ]);
      expect((await api(ctx.sandbox, '/assessments')).status).toBe(200);
    });

    it.each([
      { name: 'an unknown kind', fault: { kind: 'explode' }, field: 'kind' },
      { name: 'a missing kind', fault: {}, field: 'kind' },
      { name: 'times 0', fault: { kind: 'status', times: 0 }, field: 'times' },
      { name: 'a delay without delayMs', fault: { kind: 'delay' }, field: 'delayMs' },
      { name: 'a path without a leading slash', fault: { kind: 'drop', path: 'invites' }, field: 'path' },
      { name: 'status 99', fault: { kind: 'status', status: 99 }, field: 'status' },
    ])('should refuse $name with a 400 naming "$field" and queue nothing', async ({ fault, field }) => {
      const actual = await control(ctx.sandbox, '/faults', 'POST', fault);

      expect(actual.status).toBe(400);
      expect(actual.body.error).toContain(`'${field}'`);
      expect(ctx.sandbox.state.faults).toHaveLength(0);
    });
  });

  describe('kind "delay"', () => {
    it('should wait delayMs before answering normally', async () => {
      await addFault({ kind: 'delay', delayMs: 250 });
      const started = performance.now();

      const actual = await api(ctx.sandbox, '/assessments');

      expect(performance.now() - started).toBeGreaterThanOrEqual(240);
      expect(actual.status).toBe(200);
    });

    it('should let a client time out after the invite was created when applied after', async () => {
      await addFault({ method: 'POST', kind: 'delay', delayMs: 2_000, when: 'after' });

      const attempt = fetch(`${ctx.sandbox.baseUrl}/invites`, {
        method: 'POST',
        headers: { 'x-api-key': SANDBOX_KEYS.live, 'content-type': 'application/json' },
        body: JSON.stringify({ assessmentId: newestAssessmentId(ctx.sandbox), recipientEmail: 'slow@example.com' }),
        signal: AbortSignal.timeout(200),
      });

      await expect(attempt).rejects.toThrow();
      expect(invitesFor('slow@example.com')).toHaveLength(1);
    });
  });

  describe('kind "late-commit"', () => {
    it('should create the invite after the delay even though the client gave up (REL-5)', async () => {
      await addFault({ method: 'POST', path: '/invites', kind: 'late-commit', delayMs: 400 });
      const controller = new AbortController();
      const request = fetch(`${ctx.sandbox.baseUrl}/invites`, {
        method: 'POST',
        headers: { 'x-api-key': SANDBOX_KEYS.live, 'content-type': 'application/json' },
        body: JSON.stringify({ assessmentId: newestAssessmentId(ctx.sandbox), recipientEmail: 'late@example.com' }),
        signal: controller.signal,
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      controller.abort();
      await expect(request).rejects.toThrow();
      expect(invitesFor('late@example.com')).toHaveLength(0);

      await expect.poll(() => invitesFor('late@example.com').length, { timeout: 3_000 }).toBe(1);
    });

    it('should refuse a late commit without delayMs', async () => {
      const res = await control(ctx.sandbox, '/faults', 'POST', { kind: 'late-commit' });
      expect(res.status).toBe(400);
    });
  });

  describe('every answer carries a Date header (the client matches invites by the server clock, REL-5)', () => {
    it.each([
      ['a normal answer', async () => api(ctx.sandbox, '/assessments')],
      ['a 401', async () => api(ctx.sandbox, '/assessments', { key: null })],
      ['a 404', async () => api(ctx.sandbox, '/nowhere')],
      [
        'a status fault',
        async () => (await addFault({ kind: 'status', status: 503 }), api(ctx.sandbox, '/assessments')),
      ],
      [
        'a fault applied after',
        async () => (await addFault({ kind: 'status', status: 500, when: 'after' }), api(ctx.sandbox, '/assessments')),
      ],
      ['a created invite', async () => postInvite('dated@example.com')],
    ])('should date %s', async (_name, call) => {
      const response = (await call()) as { headers: Headers };
      expect(Number.isNaN(Date.parse(response.headers.get('date') ?? ''))).toBe(false);
    });
  });

  describe('kind "drop"', () => {
    it('should destroy the socket with no response before handling, creating nothing', async () => {
      await addFault({ method: 'POST', path: '/invites', kind: 'drop' });

      await expect(postInvite('drop@example.com')).rejects.toThrow(TypeError);

      expect(invitesFor('drop@example.com')).toHaveLength(0);
    });

    it('should create the invite and then destroy the socket when applied after (REL-5)', async () => {
      ctx.sandbox.state.mode.conflictOnDuplicatePending = true;
      await addFault({ method: 'POST', path: '/invites', kind: 'drop', when: 'after' });

      await expect(postInvite('dropped-after@example.com')).rejects.toThrow(TypeError);

      expect(invitesFor('dropped-after@example.com')).toHaveLength(1);
      const retry = await postInvite('dropped-after@example.com');
      expect(retry.status).toBe(409);
    });

    it('should log a dropped request with status 0 and the fault applied', async () => {
      await addFault({ method: 'POST', kind: 'drop', when: 'after' });

      await postInvite('logged@example.com').catch(() => undefined);
      const log = await requestLog(ctx.sandbox);

      expect(log).toEqual([
        expect.objectContaining({
          method: 'POST',
          path: '/api/v1/invites',
          status: 0,
          faults: [{ kind: 'drop', when: 'after' }],
          body: { assessmentId: newestAssessmentId(ctx.sandbox), recipientEmail: 'logged@example.com' },
        }),
      ]);
    });

    it('should keep serving after a drop', async () => {
      await addFault({ kind: 'drop' });
      await expect(
        fetch(`${ctx.sandbox.baseUrl}/assessments`, { headers: { 'x-api-key': SANDBOX_KEYS.live } }),
      ).rejects.toThrow();

      const actual = await api(ctx.sandbox, '/assessments');

      expect(actual.status).toBe(200);
    });
  });
});
