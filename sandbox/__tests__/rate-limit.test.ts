// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hitWindow, RATE_LIMIT_MESSAGE } from '../rate-limit';
import { api, control, useSandbox } from './helpers';

describe('hitWindow', () => {
  it('should allow `limit` hits per 60 s and then say when the oldest slot frees', () => {
    const window: number[] = [];

    const verdicts = [0, 10_000, 20_000, 30_500].map((t) => hitWindow(window, t, 3));

    expect(verdicts.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(verdicts[3]).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(window).toEqual([0, 10_000, 20_000]);
  });

  it('should free a slot exactly 60 s after an accepted hit', () => {
    const window = [0, 1_000];

    expect(hitWindow(window, 59_999, 2)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(hitWindow(window, 60_000, 2)).toEqual({ allowed: true });
  });

  it('should wait for enough slots when the limit was lowered below the window size', () => {
    const window = [0, 10_000, 20_000, 30_000];

    expect(hitWindow(window, 40_000, 2)).toEqual({ allowed: false, retryAfterSeconds: 40 });
  });
});

describe('rate limiting over HTTP', () => {
  const ctx = useSandbox({ rateLimitPerMinute: 3 });
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => ctx.sandbox.state.reset());

  async function exhaust(key: 'live' | 'test' = 'live'): Promise<void> {
    for (let i = 0; i < 3; i++) expect((await api(ctx.sandbox, '/assessments', { key })).status).toBe(200);
  }

  it('should answer 429 with the documented body and no Retry-After by default', async () => {
    await exhaust();

    const actual = await api(ctx.sandbox, '/assessments');

    expect(actual.status).toBe(429);
    expect(actual.body).toEqual({ error: RATE_LIMIT_MESSAGE });
    expect(actual.headers.get('retry-after')).toBeNull();
  });

  it('should send Retry-After with the seconds until a slot frees when enabled', async () => {
    await control(ctx.sandbox, '/mode', 'POST', { retryAfterOn429: true });
    await exhaust();
    ctx.clock.advance(12_300);

    const actual = await api(ctx.sandbox, '/invites');

    expect(actual.status).toBe(429);
    expect(actual.headers.get('retry-after')).toBe('48');
  });

  it('should count every endpoint, including 400s and 404s, against the same key', async () => {
    await api(ctx.sandbox, '/assessments?limit=0');
    await api(ctx.sandbox, '/invites/00000000-0000-4000-8000-000000000000');
    await api(ctx.sandbox, '/nope');

    const actual = await api(ctx.sandbox, '/assessments');

    expect(actual.status).toBe(429);
  });

  it('should keep a separate window per key', async () => {
    await exhaust('live');

    const test = await api(ctx.sandbox, '/assessments', { key: 'test' });

    expect(test.status).toBe(200);
  });

  it('should not rate-limit 401s, which are rejected before the limiter', async () => {
    for (let i = 0; i < 5; i++) expect((await api(ctx.sandbox, '/assessments', { key: 'revoked' })).status).toBe(401);

    expect((await api(ctx.sandbox, '/assessments')).status).toBe(200);
  });

  it('should allow requests again once the window slides past them', async () => {
    await exhaust();
    ctx.clock.advance(59_999);
    expect((await api(ctx.sandbox, '/assessments')).status).toBe(429);

    ctx.clock.advance(1);

    expect((await api(ctx.sandbox, '/assessments')).status).toBe(200);
  });

  it('should reject a rate-limited POST before creating anything', async () => {
    await exhaust();

    const actual = await api(ctx.sandbox, '/invites', {
      method: 'POST',
      body: { assessmentId: ctx.sandbox.state.assessments[0]?.id, recipientEmail: 'limited@example.com' },
    });

    expect(actual.status).toBe(429);
    expect(ctx.sandbox.state.invites).toHaveLength(40);
  });

  it('should apply a limit changed through the control API at once', async () => {
    await control(ctx.sandbox, '/mode', 'POST', { rateLimitPerMinute: 1 });

    const statuses = [await api(ctx.sandbox, '/assessments'), await api(ctx.sandbox, '/assessments')].map(
      (r) => r.status,
    );

    expect(statuses).toEqual([200, 429]);
  });

  it('should clear the windows on reset', async () => {
    await exhaust();

    await control(ctx.sandbox, '/reset', 'POST');

    expect((await api(ctx.sandbox, '/assessments')).status).toBe(200);
  });
});

describe('the default limit', () => {
  const ctx = useSandbox();
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());

  it('should allow 100 requests per minute per key and refuse the 101st', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 101 }, () => api(ctx.sandbox, '/assessments?limit=1').then((r) => r.status)),
    );

    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
  });
});
