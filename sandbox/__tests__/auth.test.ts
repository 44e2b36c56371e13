// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../keys';
import { api, useSandbox } from './helpers';
import type { ApiRequest } from './helpers';

describe('authentication (docs/api.md §2.1)', () => {
  const ctx = useSandbox();
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => ctx.sandbox.state.reset());

  const cases: Array<{ name: string; key: ApiRequest['key']; error: string }> = [
    { name: 'no header', key: null, error: 'API key is required' },
    { name: 'an empty header', key: '', error: 'API key is required' },
    { name: 'an unknown key', key: `ak_live_${'x'.repeat(32)}`, error: 'Invalid API key' },
    { name: 'a key differing only in case', key: SANDBOX_KEYS.live.toUpperCase(), error: 'Invalid API key' },
    { name: 'the expired key', key: 'expired', error: 'API key has expired' },
    { name: 'the revoked key', key: 'revoked', error: 'API key has been revoked' },
  ];
  const paths = ['/assessments', '/assessments/00000000-0000-4000-8000-000000000000', '/invites', '/no-such-endpoint'];

  describe.each(paths)('GET %s', (path) => {
    it.each(cases)('should answer 401 "$error" for $name', async ({ key, error }) => {
      const actual = await api(ctx.sandbox, path, { key });

      expect(actual.status).toBe(401);
      expect(actual.body).toEqual({ error });
    });
  });

  it.each(cases)(
    'should reject POST /invites with 401 "$error" for $name and create nothing',
    async ({ key, error }) => {
      const before = ctx.sandbox.state.invites.length;

      const actual = await api(ctx.sandbox, '/invites', {
        method: 'POST',
        key,
        body: { assessmentId: ctx.sandbox.state.assessments[0]?.id, recipientEmail: 'a@example.com' },
      });

      expect(actual.status).toBe(401);
      expect(actual.body).toEqual({ error });
      expect(ctx.sandbox.state.invites).toHaveLength(before);
    },
  );

  it.each(['live', 'test', 'empty'] as const)('should accept the %s key', async (key) => {
    const actual = await api(ctx.sandbox, '/assessments', { key });

    expect(actual.status).toBe(200);
  });

  it('should not accept the key as a Bearer token', async () => {
    const res = await fetch(`${ctx.sandbox.baseUrl}/assessments`, {
      headers: { authorization: `Bearer ${SANDBOX_KEYS.live}` },
    });

    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'API key is required' });
  });
});
