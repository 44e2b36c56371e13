// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backoffDelay, nextDelay, READ_BACKOFF } from '../backoff';
import { listAssessments, createInvite } from '../endpoints';
import { caught, useSandbox } from './sandbox-harness';

const sb = useSandbox();

/** A seeded RNG, so delays are exact. */
function seeded(seed = 42) {
  let state = seed;
  return () => (state = (state * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

describe('REL-1: capped exponential backoff with full jitter', () => {
  it.each([0, 1, 2, 3, 4, 5, 10, 20])(
    'should keep the delay of attempt %i within [0, min(cap, base·2^n))',
    (attempt) => {
      const random = seeded(attempt + 1);
      const bound = Math.min(READ_BACKOFF.capMs, READ_BACKOFF.baseMs * 2 ** attempt);
      for (let i = 0; i < 200; i++) {
        const delay = backoffDelay(READ_BACKOFF, attempt, random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(bound);
      }
    },
  );

  it('should retry a GET on 500, 502, 503, 504, a dropped connection and a timeout, at most 4 tries in all', async () => {
    const slept: number[] = [];
    await sb.faults([
      { method: 'GET', path: '/assessments', kind: 'status', status: 502 },
      { method: 'GET', path: '/assessments', kind: 'drop' },
      { method: 'GET', path: '/assessments', kind: 'status', status: 504 },
    ]);
    const client = sb.client('live', {
      readRetry: READ_BACKOFF,
      sleep: async (ms) => void slept.push(ms),
      random: seeded(),
    });

    const actual = await listAssessments(client);

    expect(actual).toHaveLength(120);
    expect(slept).toHaveLength(3);
    slept.forEach((ms, attempt) => expect(ms).toBeLessThan(READ_BACKOFF.baseMs * 2 ** attempt));
  });

  it('should give up after the 4th try and report the last error', async () => {
    await sb.faults({ method: 'GET', path: '/assessments', kind: 'status', status: 503, times: 10 });
    const client = sb.client('live', { readRetry: READ_BACKOFF, sleep: async () => undefined });

    const error = await caught(listAssessments(client));

    expect(error).toMatchObject({ kind: 'server', status: 503 });
    expect((await sb.requests()).filter((r) => r.path.endsWith('/assessments'))).toHaveLength(4);
  });
});

describe('REL-2: Retry-After', () => {
  it('should wait at least Retry-After seconds before the next try', async () => {
    const slept: number[] = [];
    await sb.faults({
      method: 'GET',
      path: '/assessments',
      kind: 'status',
      status: 429,
      headers: { 'Retry-After': '7' },
      body: { error: 'Rate limit exceeded. Please try again later.' },
    });
    const client = sb.client('live', {
      readRetry: READ_BACKOFF,
      sleep: async (ms) => void slept.push(ms),
      random: () => 0,
    });

    await listAssessments(client);

    expect(slept).toEqual([7000]);
  });

  it('should not sleep a Retry-After longer than the worker can stay alive, failing with it instead (REL-8)', async () => {
    await sb.faults({
      method: 'GET',
      path: '/assessments',
      kind: 'status',
      status: 429,
      headers: { 'Retry-After': '120' },
    });
    const client = sb.client('live', { readRetry: READ_BACKOFF, sleep: async () => expect.unreachable('slept') });

    const error = await caught(listAssessments(client));

    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 120_000 });
  });

  it('should take the larger of Retry-After and the jittered backoff', () => {
    expect(nextDelay(READ_BACKOFF, 3, 100, () => 0.99)).toBeGreaterThan(100);
    expect(nextDelay(READ_BACKOFF, 0, 5000, () => 0.99)).toBe(5000);
  });
});

describe('REL-4: errors that are never retried', () => {
  it.each([
    ['400', { kind: 'status', status: 400, body: { error: 'limit must be between 1 and 100' } }, 'bad-request'],
    ['401', { kind: 'status', status: 401, body: { error: 'API key has expired' } }, 'key-expired'],
    ['404', { kind: 'status', status: 404, body: { error: 'Not found' } }, 'not-found'],
    ['409', { kind: 'status', status: 409, body: { error: 'Conflict' } }, 'conflict'],
  ] as const)('should make exactly one request on %s', async (_status, fault, kind) => {
    await sb.faults({ method: 'GET', path: '/assessments', ...fault });
    const client = sb.client('live', { readRetry: READ_BACKOFF, sleep: async () => undefined });

    const error = await caught(listAssessments(client));

    expect(error).toMatchObject({ kind });
    expect(await sb.requests()).toHaveLength(1);
  });

  it('should never retry a POST, even on a 500', async () => {
    await sb.faults({ method: 'POST', path: '/invites', kind: 'status', status: 500 });
    const client = sb.client('live', { readRetry: READ_BACKOFF, sleep: async () => undefined });
    const [assessment] = await listAssessments(client);

    const error = await caught(
      createInvite(client, { assessmentId: assessment!.id, recipientEmail: 'once@example.com' }),
    );

    expect(error).toMatchObject({ kind: 'server' });
    expect((await sb.requests()).filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
