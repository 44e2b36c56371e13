// @vitest-environment node
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fault } from '../../../sandbox/faults';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../client';
import {
  createInvite,
  getAssessment,
  getInvite,
  listAssessments,
  listInvites,
  listInvitesAcrossPages,
} from '../endpoints';
import { caught, useSandbox } from './sandbox-harness';
import type { KeyChoice } from './sandbox-harness';

// docs/security.md SEC-4: the key travels only in the x-api-key header, to the configured origin, and is never logged.

const sb = useSandbox();
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;
const UNKNOWN_KEY = `ak_live_${'q'.repeat(32)}`;

/** A foreign origin that records whatever reaches it. */
let foreign: { server: Server; url: string; hits: IncomingHttpHeaders[] };
beforeAll(async () => {
  const hits: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    hits.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"assessments":[]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  foreign = { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
});
afterAll(async () => {
  foreign.server.closeAllConnections();
  await new Promise((resolve) => foreign.server.close(resolve));
});

/** A client whose fetch is wrapped, so the test sees every URL and header the client sends. */
function spiedClient(key: KeyChoice = 'live') {
  const seen: Array<{ url: string; headers: Record<string, string> }> = [];
  const client = sb.client(key, {
    fetch: (input, init) => {
      seen.push({ url: String(input), headers: { ...(init?.headers as Record<string, string>) } });
      return fetch(input, init);
    },
  });
  return { client, seen };
}

const ENDPOINT_CALLS: Array<[string, (c: ApiClient) => Promise<unknown>]> = [
  ['listAssessments', (c) => listAssessments(c)],
  ['getAssessment', (c) => getAssessment(c, sb.sandbox().state.assessments[0]!.id)],
  ['listInvites', (c) => listInvites(c, { status: 'pending', sort: 'sent_at', order: 'desc', page: 1, limit: 5 })],
  ['listInvitesAcrossPages', (c) => listInvitesAcrossPages(c, { limit: 20 })],
  ['getInvite', (c) => getInvite(c, sb.sandbox().state.invites[0]!.id)],
  [
    'createInvite',
    (c) => createInvite(c, { assessmentId: sb.sandbox().state.assessments[0]!.id, recipientEmail: 'sec4@example.com' }),
  ],
];

/** Each forced failure: the key the client uses, and the fault (if any) that forces it. */
const FORCED_FAILURES: Array<[string, { key: KeyChoice; fault?: Fault }]> = [
  ['401 for an unknown key', { key: UNKNOWN_KEY }],
  ['401 for an expired key', { key: 'expired' }],
  ['401 for a revoked key', { key: 'revoked' }],
  [
    '401 forced by a fault',
    { key: 'live', fault: { kind: 'status', status: 401, body: { error: 'Invalid API key' } } },
  ],
  ['500 fault', { key: 'live', fault: { kind: 'status', status: 500 } }],
  ['500 fault with a non-JSON body', { key: 'live', fault: { kind: 'status', status: 500, body: '<h1>boom</h1>' } }],
];

describe('SEC-4: the API key only travels in the x-api-key header', () => {
  it.each(ENDPOINT_CALLS)(
    'SEC-4: should send the key only in the x-api-key header, never in the URL, for %s',
    async (_name, call) => {
      const key = sb.key('live')!;
      const { client, seen } = spiedClient();

      await call(client);

      expect(seen.length).toBeGreaterThan(0);
      const origin = new URL(sb.sandbox().baseUrl).origin;
      for (const { url, headers } of seen) {
        expect(url).not.toContain('ak_');
        expect(new URL(url).origin).toBe(origin);
        expect(url.startsWith(`${sb.sandbox().baseUrl}/`)).toBe(true);
        expect(headers['x-api-key']).toBe(key);
        expect(Object.entries(headers).filter(([, v]) => v.includes('ak_'))).toEqual([['x-api-key', key]]);
      }
      for (const entry of await sb.requests()) {
        expect(entry.apiKey).toBe(key);
        expect(JSON.stringify([entry.path, entry.query, entry.body])).not.toContain('ak_');
      }
    },
  );

  it.each(FORCED_FAILURES)(
    'SEC-4: should log nothing containing the key on a %s',
    async (_name, { key: choice, fault }) => {
      if (fault) await sb.faults(fault);
      const key = sb.key(choice)!;
      const spies = CONSOLE_METHODS.map((method) => vi.spyOn(console, method).mockImplementation(() => {}));

      const error = await caught(listAssessments(sb.client(key)));

      expect([401, 500]).toContain(error.status);
      const logged = JSON.stringify(
        spies.flatMap((spy) => spy.mock.calls),
        (_k, v: unknown) => (v instanceof Error ? `${v.message} ${v.stack}` : v),
      );
      expect(logged).not.toContain('ak_');
      for (const text of [
        error.message,
        error.action,
        String(error),
        error.stack ?? '',
        JSON.stringify(error.toInfo()),
      ]) {
        expect(text).not.toContain(key);
        expect(text).not.toContain('ak_');
      }
    },
  );

  it.each([
    '../../../evil',
    '//evil.example/steal',
    'https://evil.example/',
    '?redirect=https://evil.example',
    '..',
    '.',
  ])('SEC-4: should refuse a hostile id %j before any request', async (hostileId) => {
    const { client, seen } = spiedClient();

    const results = await Promise.allSettled([getInvite(client, hostileId), getAssessment(client, hostileId)]);

    expect(seen).toEqual([]);
    for (const result of results) expect(result).toMatchObject({ status: 'rejected', reason: { kind: 'bad-request' } });
  });

  it.each([301, 302, 307, 308])(
    'SEC-4: should not follow a %i redirect to another origin with the key',
    async (status) => {
      await sb.faults({ kind: 'status', status, headers: { Location: `${foreign.url}/api/v1/assessments` }, body: '' });
      foreign.hits.length = 0;

      const error = await caught(listAssessments(sb.client()));

      expect(foreign.hits).toEqual([]);
      expect(error).toMatchObject({ kind: 'invalid-response', status });
    },
  );
});
