// @vitest-environment node
import http from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../keys';
import { control, useSandbox } from './helpers';

interface RawResult {
  status: number;
  connection: string | undefined;
  reusedSocket: boolean;
}

/** One request through a given agent, reporting whether Node reused a pooled socket for it. */
function rawRequest(agent: http.Agent, url: string, method = 'GET', body?: string): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, agent, headers: { 'x-api-key': SANDBOX_KEYS.live, 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, reusedSocket: req.reusedSocket }),
        );
      },
    );
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    req.end(body);
  });
}

describe('connection reuse (docs/security.md REL-5a)', () => {
  const ctx = useSandbox();
  let agent: http.Agent;
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => {
    ctx.sandbox.state.reset();
    agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  });
  afterEach(() => agent.destroy());

  it('should keep connections alive by default, so a client reuses its socket', async () => {
    const first = await rawRequest(agent, `${ctx.sandbox.baseUrl}/assessments`);
    const second = await rawRequest(agent, `${ctx.sandbox.baseUrl}/assessments`);

    expect(first.connection).toBe('keep-alive');
    expect(second.reusedSocket).toBe(true);
  });

  it('should send Connection: close on every answer when keepAlive is off, so nothing is reused', async () => {
    await control(ctx.sandbox, '/mode', 'POST', { keepAlive: false });

    const results = [
      await rawRequest(agent, `${ctx.sandbox.baseUrl}/assessments`),
      await rawRequest(agent, `${ctx.sandbox.baseUrl}/nope`),
      await rawRequest(agent, `${ctx.sandbox.url}/__sandbox/mode`),
    ];

    expect(results.map((r) => r.connection)).toEqual(['close', 'close', 'close']);
    expect(results.map((r) => r.reusedSocket)).toEqual([false, false, false]);
  });

  it('should drop a POST on a reused keep-alive socket, the case Chromium silently resends', async () => {
    ctx.sandbox.state.mode.conflictOnDuplicatePending = true;
    await control(ctx.sandbox, '/faults', 'POST', { method: 'POST', path: '/invites', kind: 'drop', when: 'after' });
    const body = JSON.stringify({
      assessmentId: ctx.sandbox.state.assessments[0]?.id,
      recipientEmail: 'resend@example.com',
    });
    await rawRequest(agent, `${ctx.sandbox.baseUrl}/assessments`);

    const dropped = rawRequest(agent, `${ctx.sandbox.baseUrl}/invites`, 'POST', body);

    await expect(dropped).rejects.toMatchObject({ code: 'ECONNRESET', reusedSocket: true });
    // What the browser's silent resend then sees: our own first attempt, as a 409.
    const resent = await rawRequest(agent, `${ctx.sandbox.baseUrl}/invites`, 'POST', body);
    expect(resent.status).toBe(409);
  });
});
