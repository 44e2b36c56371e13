// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { DUPLICATE_PENDING_MESSAGE } from '../../../sandbox/routes/create-invite';
import type { ApiClient } from '../client';
import { createInvite, getAssessment, getInvite, listAssessments, listInvites } from '../endpoints';
import { parseRetryAfter } from '../errors';
import type { ErrorKind } from '../errors';
import { caught, useSandbox } from './sandbox-harness';

// Every AppError kind, produced by the real client against the real sandbox.

/** A frozen sandbox clock, so the rate window never slides and Retry-After is exactly 60 s. */
const NOW = Date.parse('2026-02-01T10:00:00.000Z');
const sb = useSandbox({ now: () => NOW });
const firstAssessmentId = () => sb.sandbox().state.assessments[0]!.id;

describe('AppError kinds from the sandbox', () => {
  it.each([{ apiKey: null }, { apiKey: '' }])(
    'should fail with key-missing and send nothing when the key is $apiKey',
    async ({ apiKey }) => {
      const fetchSpy = vi.fn<typeof fetch>();
      const beforeRequest = vi.fn(async () => {});

      const actual = await caught(listAssessments(sb.client(apiKey, { fetch: fetchSpy, beforeRequest })));

      expect(actual.toInfo()).toMatchObject({ kind: 'key-missing', message: 'API key is required' });
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(beforeRequest).not.toHaveBeenCalled();
      expect(await sb.requests()).toEqual([]);
    },
  );

  it.each<{ kind: ErrorKind; key: string; message: string; action: RegExp }>([
    { kind: 'key-invalid', key: `ak_live_${'0'.repeat(32)}`, message: 'Invalid API key', action: /check the key/i },
    { kind: 'key-expired', key: 'expired', message: 'API key has expired', action: /Integrations page/ },
    { kind: 'key-revoked', key: 'revoked', message: 'API key has been revoked', action: /Integrations page/ },
  ])('should map the 401 $message to $kind', async ({ kind, key, message, action }) => {
    const actual = await caught(getAssessment(sb.client(key), firstAssessmentId()));

    expect(actual).toMatchObject({ kind, message, status: 401 });
    expect(actual.action).toMatch(action);
    expect((await sb.requests()).map((r) => r.status)).toEqual([401]);
  });

  it('should map a 401 "API key is required" from the server to key-missing', async () => {
    await sb.faults({ kind: 'status', status: 401, body: { error: 'API key is required' } });

    const actual = await caught(listInvites(sb.client()));

    expect(actual).toMatchObject({ kind: 'key-missing', status: 401, message: 'API key is required' });
  });

  it.each<{ name: string; call: (c: ApiClient) => Promise<unknown>; message: string }>([
    {
      name: 'a malformed invite id',
      call: (c) => getInvite(c, 'not-a-uuid'),
      message: 'Invalid invite id: must be a UUID',
    },
    {
      name: 'a limit of 0',
      call: (c) => listInvites(c, { limit: 0 }),
      message: "Invalid query parameter 'limit': must be an integer from 1 to 100",
    },
    {
      name: 'an invalid email',
      call: (c) => createInvite(c, { assessmentId: firstAssessmentId(), recipientEmail: 'nope' }),
      message: "Invalid field 'recipientEmail': must be a valid email address",
    },
  ])('should fail with bad-request carrying the API message for $name', async ({ call, message }) => {
    const actual = await caught(call(sb.client()));

    expect(actual.toInfo()).toMatchObject({ kind: 'bad-request', status: 400, message });
  });

  it.each<{ name: string; call: (c: ApiClient) => Promise<unknown>; message: string }>([
    { name: 'an unknown invite', call: (c) => getInvite(c, randomUUID()), message: 'Invite not found' },
    { name: 'an unknown assessment', call: (c) => getAssessment(c, randomUUID()), message: 'Assessment not found' },
    {
      name: 'an invite to an unknown assessment',
      call: (c) => createInvite(c, { assessmentId: randomUUID(), recipientEmail: 'a@example.com' }),
      message: 'Assessment not found',
    },
  ])('should fail with not-found for $name', async ({ call, message }) => {
    const actual = await caught(call(sb.client()));

    expect(actual).toMatchObject({ kind: 'not-found', status: 404, message });
  });

  it.each(['dup@example.com', 'DUP@Example.COM'])(
    'should fail with conflict on a second pending invite to %s',
    async (secondEmail) => {
      // The 409 is an inference about AlfaOne (docs/security.md REL-5): the sandbox answers it only when asked to.
      sb.sandbox().state.mode.conflictOnDuplicatePending = true;
      const client = sb.client();
      await createInvite(client, { assessmentId: firstAssessmentId(), recipientEmail: 'dup@example.com' });

      const actual = await caught(
        createInvite(client, { assessmentId: firstAssessmentId(), recipientEmail: secondEmail }),
      );

      expect(actual).toMatchObject({ kind: 'conflict', status: 409, message: DUPLICATE_PENDING_MESSAGE });
      expect((await sb.requests()).map((r) => [r.method, r.status])).toEqual([
        ['POST', 201],
        ['POST', 409],
      ]);
    },
  );

  it.each([
    { retryAfterOn429: false, retryAfterMs: undefined },
    { retryAfterOn429: true, retryAfterMs: 60_000 },
  ])(
    'should fail with rate-limited past a small limit (Retry-After sent: $retryAfterOn429)',
    async ({ retryAfterOn429, retryAfterMs }) => {
      await sb.mode({ rateLimitPerMinute: 2, retryAfterOn429 });
      const client = sb.client();
      await getInvite(client, (await sb.invites())[0]!.id);
      await listInvites(client);

      const actual = await caught(listInvites(client));

      expect(actual.toInfo()).toEqual({
        kind: 'rate-limited',
        status: 429,
        message: 'Rate limit exceeded. Please try again later.',
        action: expect.any(String),
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      });
      expect((await sb.requests()).map((r) => r.status)).toEqual([200, 200, 429]);
    },
  );

  it('should read an HTTP-date Retry-After on a 429 into retryAfterMs', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000);
    await sb.faults({
      kind: 'status',
      status: 429,
      headers: { 'Retry-After': inAnHour.toUTCString() },
      body: { error: 'Slow down' },
    });

    const actual = await caught(listInvites(sb.client()));

    expect(actual).toMatchObject({ kind: 'rate-limited', message: 'Slow down' });
    expect(actual.retryAfterMs).toBeGreaterThan(3_590_000);
    expect(actual.retryAfterMs).toBeLessThanOrEqual(3_600_000);
  });

  it.each([
    { status: 500, body: undefined, message: 'Internal server error' },
    { status: 503, body: '<html>Service Unavailable</html>', message: 'AlfaOne had a server error' },
  ])('should fail with server on a $status fault', async ({ status, body, message }) => {
    await sb.faults({ kind: 'status', status, body, path: '/assessments' });

    const actual = await caught(listAssessments(sb.client()));

    expect(actual).toMatchObject({ kind: 'server', status, message });
  });

  it('should fail with network when the socket is dropped', async () => {
    await sb.faults({ kind: 'drop', path: '/invites' });

    const actual = await caught(listInvites(sb.client()));

    expect(actual.toInfo()).toEqual({
      kind: 'network',
      message: 'Could not reach AlfaOne',
      action: expect.any(String),
    });
    expect((await sb.requests()).map((r) => [r.status, r.faults])).toEqual([[0, [{ kind: 'drop', when: 'before' }]]]);
  });

  it('should fail with timeout when the answer is slower than timeoutMs', async () => {
    await sb.faults({ kind: 'delay', delayMs: 400, path: '/assessments' });
    const started = performance.now();

    const actual = await caught(listAssessments(sb.client('live', { timeoutMs: 50 })));

    expect(actual.kind).toBe('timeout');
    expect(actual.status).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(350);
  });

  it.each([
    { name: 'a malformed JSON body', body: { assessments: 'not-a-list' } },
    { name: 'an object without the list', body: { items: [] } },
    { name: 'a non-JSON string body', body: 'Hello, this is not JSON' },
    { name: 'truncated JSON', body: '{"assessments": [' },
  ])('should fail with invalid-response on a 200 with $name', async ({ body }) => {
    await sb.faults({ kind: 'status', status: 200, body });

    const actual = await caught(listAssessments(sb.client()));

    expect(actual).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect(actual.message).toMatch(/does not understand/);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-02-01T10:00:00.000Z');

  it.each([
    { value: '7', expected: 7_000 },
    { value: '0', expected: 0 },
    { value: ' 120 ', expected: 120_000 },
    { value: 'Sun, 01 Feb 2026 10:00:30 GMT', expected: 30_000 },
    { value: 'Sun, 01 Feb 2026 09:00:00 GMT', expected: 0 },
    { value: null, expected: undefined },
    { value: '', expected: undefined },
    { value: 'soon', expected: undefined },
  ])('should parse $value as $expected ms', ({ value, expected }) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
