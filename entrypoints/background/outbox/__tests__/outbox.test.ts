// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SANDBOX_KEYS } from '../../../../sandbox/keys';
import type { RunningSandbox } from '../../../../sandbox/server';
import { startUnitSandbox, useLiveKey, type UnitSandbox } from '../../../../test/unit-sandbox';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { apiKey } from '@/lib/storage/api-key';
import { keyStatus, outbox } from '@/lib/storage/items';
import { outboxTiming } from '@/lib/outbox/timing';
import { sendInvite } from '../../invites/send-invite';
import { OUTBOX_ALARM, drainOutbox, keyIdentity } from '..';

// The outbox against the real sandbox, with WXT's fake browser for storage and alarms.

let sandbox: RunningSandbox;
let assessmentId: string;
let control: UnitSandbox['control'];
let posts: UnitSandbox['posts'];
let invitesTo: UnitSandbox['invitesTo'];
let liveKeyId: string;

/** An entry as a worker stopped mid-POST leaves it: persisted as sending, to be reconciled first. */
const inFlight = (email: string): OutboxEntry => ({
  id: crypto.randomUUID(),
  key: `${assessmentId}|${email}`,
  body: { assessmentId, recipientEmail: email },
  origin: 'popup',
  keyEnv: 'live',
  keyId: liveKeyId,
  checkDuplicates: false,
  state: 'sending',
  createdAt: Date.now() - 5_000,
  posts: 1,
  tries: 0,
  postedAt: Date.now() - 4_000,
  serverFloor: Date.now() - 5_000,
  preexistingIds: [],
  unsure: true,
  nextAt: Date.now() - 4_000,
  notify: false,
});
const request = (email: string, confirmDuplicate = false) => ({
  assessmentId,
  email,
  options: DEFAULT_SETTINGS.inviteDefaults,
  confirmDuplicate,
});

beforeAll(async () => {
  ({ sandbox, assessmentId, control, posts, invitesTo } = await startUnitSandbox());
  liveKeyId = await keyIdentity(SANDBOX_KEYS.live);
  // Short in unit tests: what is checked stays the same, only the wait is shorter (docs/security.md REL-5).
  outboxTiming.settleMs = 300;
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  fakeBrowser.reset();
  await control('/reset', 'POST');
  await useLiveKey(sandbox);
});

describe('REL-6: one flight per (assessment, email)', () => {
  it('should make one POST for two concurrent sends to the same candidate, in any case', async () => {
    const [first, second] = await Promise.all([
      sendInvite(request('same@example.com')),
      sendInvite(request('Same@Example.com')),
    ]);

    expect(first.status).toBe('sent');
    expect(second.status).toBe('sent');
    expect(await posts()).toHaveLength(1);
    expect(await invitesTo('same@example.com')).toHaveLength(1);
  });

  it('should reconcile, not resend, an entry a stopped worker left in flight after AlfaOne created the invite', async () => {
    const created = await fetch(`${sandbox.baseUrl}/invites`, {
      method: 'POST',
      headers: { 'x-api-key': SANDBOX_KEYS.live, 'content-type': 'application/json' },
      body: JSON.stringify({ assessmentId, recipientEmail: 'restart@example.com' }),
    });
    expect(created.status).toBe(201);
    await control('/requests', 'DELETE');
    const left = inFlight('restart@example.com');
    await outbox.setValue([left]);

    await drainOutbox();

    expect(await posts()).toEqual([]);
    expect((await outbox.getValue())[0]).toMatchObject({
      state: 'sent',
      invite: { recipientEmail: 'restart@example.com' },
    });
    expect(await invitesTo('restart@example.com')).toHaveLength(1);
  });

  it('should send an entry a stopped worker left in flight when AlfaOne never got it, once', async () => {
    const left = inFlight('lost@example.com');
    await outbox.setValue([left]);

    await drainOutbox();

    expect(await posts()).toHaveLength(1);
    expect(await invitesTo('lost@example.com')).toHaveLength(1);
  });
});

describe('REL-5: an ambiguous POST is reconciled before anything else', () => {
  it('should take a timed-out POST that AlfaOne created as sent, with one POST and a reconciling GET', async () => {
    await control('/faults', 'POST', { method: 'POST', path: '/invites', kind: 'drop', when: 'after' });

    const outcome = await sendInvite(request('dropped@example.com'));

    expect(outcome.status).toBe('sent');
    const log = (await control('/requests')).requests as { method: string; query: Record<string, string> }[];
    expect(log.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(log.some((r) => r.method === 'GET' && r.query.status === 'pending')).toBe(true);
    expect(await invitesTo('dropped@example.com')).toHaveLength(1);
  });
});

describe("REL-5's bound: a POST that always ends ambiguous", () => {
  it('should POST 3 times in all, then fail saying the invite was not created', async () => {
    await control('/faults', 'POST', { method: 'POST', path: '/invites', kind: 'status', status: 502, times: 10 });

    await expect(sendInvite(request('gateway@example.com'))).rejects.toMatchObject({
      message: 'AlfaOne did not confirm this invite after 3 tries; it was not created',
    });

    expect(await posts()).toHaveLength(3);
    expect((await outbox.getValue())[0]).toMatchObject({ state: 'failed', posts: 3, unsure: false });
    expect(await invitesTo('gateway@example.com')).toEqual([]);
  });
});

describe('the clock rule: the settle period on the monotonic clock', () => {
  afterEach(() => {
    vi.useRealTimers();
    outboxTiming.settleMs = 300;
  });

  it('should not reconcile early, nor POST again, when the wall clock is set forward an hour', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'performance'] });
    outboxTiming.settleMs = 60_000;
    await control('/faults', 'POST', { method: 'POST', path: '/invites', kind: 'status', status: 502 });
    expect((await sendInvite(request('jump@example.com'))).status).toBe('queued');
    await control('/requests', 'DELETE');

    vi.setSystemTime(Date.now() + 60 * 60_000);
    await drainOutbox();

    expect((await control('/requests')).requests).toEqual([]);
    expect((await outbox.getValue())[0]).toMatchObject({ state: 'checking', posts: 1 });
  });
});

describe('Duplicates: one read of live invites shared for a few seconds', () => {
  const livereads = async () =>
    ((await control('/requests')).requests as { method: string; query: Record<string, string> }[]).filter(
      (r) => r.method === 'GET' && r.query.status === 'pending',
    );

  it('should share one read between checks, and still see the invite it just created', async () => {
    await Promise.all(
      ['one@example.com', 'two@example.com', 'three@example.com'].map((email) => sendInvite(request(email))),
    );
    const again = await sendInvite(request('two@example.com'));

    expect(again.status).toBe('duplicate');
    expect(await livereads()).toHaveLength(1);
    expect(await posts()).toHaveLength(3);
  });

  it('should read again once the shared read is older than its window', async () => {
    outboxTiming.shareLiveReadMs = 0;
    try {
      await sendInvite(request('first@example.com'));
      await fetch(`${sandbox.baseUrl}/invites`, {
        method: 'POST',
        headers: { 'x-api-key': SANDBOX_KEYS.live, 'content-type': 'application/json' },
        body: JSON.stringify({ assessmentId, recipientEmail: 'elsewhere@example.com' }),
      });
      // Invited from another device meanwhile: a fresh read sees it.
      expect((await sendInvite(request('elsewhere@example.com'))).status).toBe('duplicate');
      expect(await livereads()).toHaveLength(2);
    } finally {
      outboxTiming.shareLiveReadMs = 5_000;
    }
  });
});

describe('REL-8: waits longer than the worker can stay alive', () => {
  it('should persist a long Retry-After and schedule an alarm, not sleep', async () => {
    await control('/faults', 'POST', {
      method: 'POST',
      path: '/invites',
      kind: 'status',
      status: 429,
      headers: { 'Retry-After': '120' },
    });

    const outcome = await sendInvite(request('later@example.com'));

    expect(outcome.status).toBe('queued');
    const [entry] = await outbox.getValue();
    expect(entry).toMatchObject({ state: 'queued', lastError: { kind: 'rate-limited' } });
    expect(entry!.nextAt - Date.now()).toBeGreaterThan(110_000);
    // The entry's time is on the worker's monotonic clock, the alarm's on the wall clock: the two agree to the ms
    // here, where nobody moved the wall clock.
    await expect
      .poll(async () => Math.abs((await fakeBrowser.alarms.get(OUTBOX_ALARM))!.scheduledTime - entry!.nextAt))
      .toBeLessThan(50);
  });
});

describe('A context-menu send that ends held', () => {
  it('should say so in a notification, with what to do', async () => {
    await apiKey.setValue({ inForce: 'live', live: SANDBOX_KEYS.revoked });
    await keyStatus.setValue({
      configured: true,
      mode: 'live',
      last4: SANDBOX_KEYS.revoked.slice(-4),
      state: 'connected',
    });
    const badge = fakeBrowser.action as unknown as Record<string, unknown>;
    for (const name of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle']) badge[name] = async () => undefined;
    const created = vi.spyOn(fakeBrowser.notifications, 'create');

    await sendInvite(request('menu.held@example.com'), 'context-menu').catch(() => undefined);

    const [entry] = await outbox.getValue();
    expect(entry).toMatchObject({ state: 'held', hold: 'key-refused' });
    const calls = () => created.mock.calls as unknown as [string, { title: string; message: string }][];
    await expect.poll(() => calls().map(([id]) => id)).toContain(`held:${entry!.id}`);
    const [, options] = calls().find(([id]) => id === `held:${entry!.id}`)!;
    expect(options.title).toBe('Waiting');
    expect(options.message).toContain('Integrations page');
  });
});

describe('SEC-6: a key AlfaOne refuses', () => {
  it('should hold the invite, make no further request, and keep it for a new key', async () => {
    // Accepted when it was saved, revoked since.
    await apiKey.setValue({ inForce: 'live', live: SANDBOX_KEYS.revoked });
    await keyStatus.setValue({
      configured: true,
      mode: 'live',
      last4: SANDBOX_KEYS.revoked.slice(-4),
      state: 'connected',
    });
    const badge = fakeBrowser.action as unknown as Record<string, unknown>;
    for (const name of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle']) badge[name] = async () => undefined;

    await expect(sendInvite(request('held@example.com'))).rejects.toMatchObject({ kind: 'key-revoked' });
    await control('/requests', 'DELETE');
    await drainOutbox();

    expect(await control('/requests').then((r) => r.requests)).toEqual([]);
    expect((await outbox.getValue())[0]).toMatchObject({
      state: 'held',
      hold: 'key-refused',
      lastError: { kind: 'key-revoked' },
    });
  });
});
