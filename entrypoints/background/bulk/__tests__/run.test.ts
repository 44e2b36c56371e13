// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SANDBOX_KEYS } from '../../../../sandbox/keys';
import type { RunningSandbox } from '../../../../sandbox/server';
import { startUnitSandbox, useLiveKey, type UnitSandbox } from '../../../../test/unit-sandbox';
import type { BulkRun, StartBulkLine } from '@/lib/bulk/run-schema';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { bulkRun, outbox } from '@/lib/storage/items';
import { controlBulkRun, startBulkRun } from '../control';
import { saveKey, switchKey } from '../../key-service';
import { kickBulkRun } from '../runner';
import { applyEvent, keyIdentity } from '../../outbox';

// The background's bulk run against the real sandbox, with WXT's fake browser for storage and alarms.

let sandbox: RunningSandbox;
let assessmentId: string;
let control: UnitSandbox['control'];
let posts: UnitSandbox['posts'];
let invitesTo: UnitSandbox['invitesTo'];

const send = (line: number, email: string): StartBulkLine => ({ line, text: email, email, action: 'send' });
const finished = async () => {
  await kickBulkRun();
  return (await bulkRun.getValue())!;
};
const states = (run: BulkRun) => run.lines.map((l) => l.state);

beforeAll(async () => {
  ({ sandbox, assessmentId, control, posts, invitesTo } = await startUnitSandbox());
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  fakeBrowser.reset();
  await control('/reset', 'POST');
  await useLiveKey(sandbox);
});

describe('a bulk run', () => {
  it('should send each person once, skip what the review skipped, and finish', async () => {
    const lines = [
      send(1, 'a@example.com'),
      send(2, 'b@example.com'),
      send(3, 'A@Example.com'),
      { line: 4, text: 'nope', action: 'skip' as const, note: 'Invalid' },
    ];
    const started = await startBulkRun({ assessmentId, options: DEFAULT_SETTINGS.inviteDefaults, lines });
    expect(started).toMatchObject({ status: 'running' });

    const run = await finished();

    expect(run.status).toBe('finished');
    expect(states(run)).toEqual(['sent', 'sent', 'skipped', 'skipped']);
    expect(run.lines[2]!.note).toBe('Repeated in the list.');
    expect(await posts()).toHaveLength(2);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('should refuse a second run while one is under way', async () => {
    await startBulkRun({ assessmentId, options: DEFAULT_SETTINGS.inviteDefaults, lines: [send(1, 'a@example.com')] });
    const second = startBulkRun({
      assessmentId,
      options: DEFAULT_SETTINGS.inviteDefaults,
      lines: [send(1, 'b@example.com')],
    });
    await expect(second).rejects.toMatchObject({ kind: 'invalid-input', message: 'A bulk run is already under way' });
    await finished();
    expect(await posts()).toHaveLength(1);
  });

  it('should adopt, not resend, a line a stopped worker had handed to the outbox', async () => {
    const run: BulkRun = {
      id: crypto.randomUUID(),
      assessmentId,
      options: DEFAULT_SETTINGS.inviteDefaults,
      status: 'running',
      createdAt: Date.now() - 10_000,
      lines: [
        { ...send(1, 'handed@example.com'), state: 'handing', handedAt: Date.now() - 5_000 },
        { ...send(2, 'gone@example.com'), state: 'handing', handedAt: Date.now() - 5_000 },
      ],
    };
    // Line 1 reached the outbox and AlfaOne before the stop; line 2 reached AlfaOne only (its entry was trimmed).
    const invite = async (email: string) =>
      (
        await (
          await fetch(`${sandbox.baseUrl}/invites`, {
            method: 'POST',
            headers: { 'x-api-key': SANDBOX_KEYS.live, 'content-type': 'application/json' },
            body: JSON.stringify({ assessmentId, recipientEmail: email }),
          })
        ).json()
      ).invite;
    const sent = await invite('handed@example.com');
    await invite('gone@example.com');
    const entry: OutboxEntry = {
      id: crypto.randomUUID(),
      key: `${assessmentId}|handed@example.com`,
      body: { assessmentId, recipientEmail: 'handed@example.com' },
      origin: 'bulk',
      keyId: await keyIdentity(SANDBOX_KEYS.live),
      checkDuplicates: true,
      state: 'sent',
      invite: sent,
      createdAt: Date.now() - 4_000,
      posts: 1,
      tries: 0,
      preexistingIds: [],
      unsure: false,
      nextAt: Date.now() - 4_000,
      notify: false,
      finishedAt: Date.now() - 3_000,
    };
    await outbox.setValue([entry]);
    await bulkRun.setValue(run);
    await control('/requests', 'DELETE');

    const after = await finished();

    expect(states(after)).toEqual(['sent', 'already-invited']);
    expect(await posts()).toHaveLength(0);
    expect(await invitesTo('handed@example.com')).toHaveLength(1);
    expect(await invitesTo('gone@example.com')).toHaveLength(1);
  });

  it('should cancel what has not gone out, and send nothing more', async () => {
    await control('/faults', 'POST', { method: 'GET', path: '/invites', kind: 'delay', delayMs: 300, times: 100 });
    const lines = Array.from({ length: 12 }, (_, i) => send(i + 1, `c${i}@example.com`));
    const run = (await startBulkRun({ assessmentId, options: DEFAULT_SETTINGS.inviteDefaults, lines })) as BulkRun;
    await controlBulkRun(run.id, 'cancel');

    const after = await finished();

    expect(after.status).toBe('finished');
    const sentCount = after.lines.filter((l) => l.state === 'sent').length;
    expect(sentCount).toBeLessThan(12);
    expect(after.lines.filter((l) => l.state === 'cancelled').length).toBe(12 - sentCount);
    expect(await posts()).toHaveLength(sentCount);
  });

  it('should answer a cancel while a line is being sent, let that line finish, and stop at once', async () => {
    const now = Date.now();
    // A line whose POST is out: its entry is `sending` (the line was handed over earlier and waited its turn).
    const sending: OutboxEntry = {
      id: crypto.randomUUID(),
      key: `${assessmentId}|mid@example.com`,
      body: { assessmentId, recipientEmail: 'mid@example.com' },
      origin: 'bulk',
      keyEnv: 'live',
      keyId: await keyIdentity(SANDBOX_KEYS.live),
      checkDuplicates: false,
      state: 'sending',
      createdAt: now - 2_000,
      nextAt: now - 1_000,
      posts: 1,
      tries: 0,
      postedAt: now - 1_000,
      serverFloor: now - 1_500,
      preexistingIds: [],
      unsure: true,
      notify: false,
    };
    const run: BulkRun = {
      id: crypto.randomUUID(),
      assessmentId,
      options: DEFAULT_SETTINGS.inviteDefaults,
      status: 'running',
      keyId: sending.keyId,
      keyEnv: 'live',
      createdAt: now - 3_000,
      lines: [
        { ...send(1, 'mid@example.com'), state: 'waiting', entryId: sending.id, handedAt: now - 2_000 },
        { ...send(2, 'later@example.com'), state: 'pending' },
      ],
    };
    await outbox.setValue([sending]);
    await bulkRun.setValue(run);

    const answer = await controlBulkRun(run.id, 'cancel');

    expect(answer).toMatchObject({ id: run.id, cancelledAt: expect.any(Number) });
    // The POST's answer comes: the run ends with it, not at its next alarm.
    await applyEvent(sending.id, {
      type: 'created',
      now: Date.now(),
      invite: {
        id: 'inv-mid',
        assessmentId,
        assessmentName: 'Backend',
        recipientEmail: 'mid@example.com',
        status: 'pending',
        sentAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    await expect.poll(async () => (await bulkRun.getValue())!.status, { timeout: 5_000 }).toBe('finished');
    expect(states((await bulkRun.getValue())!)).toEqual(['sent', 'cancelled']);
    expect(await posts()).toHaveLength(0);
  });

  it('should still catch an invite made after the review for a line confirmed as "send anyway"', async () => {
    const create = async (email: string) =>
      (
        (await (
          await fetch(`${sandbox.baseUrl}/invites`, {
            method: 'POST',
            headers: { 'x-api-key': SANDBOX_KEYS.live, 'content-type': 'application/json' },
            body: JSON.stringify({ assessmentId, recipientEmail: email }),
          })
        ).json()) as { invite: { id: string } }
      ).invite;
    // Reviewed: each had a live invite, and the user chose to send again anyway.
    const reviewedA = await create('again@example.com');
    const reviewedB = await create('colleague@example.com');
    await control(`/invites/${reviewedB.id}/status`, 'POST', { status: 'started' });
    // After the review, a colleague invited the second person anew.
    await create('colleague@example.com');
    await control('/requests', 'DELETE');
    const resend = (line: number, email: string, known: string) => ({
      ...send(line, email),
      action: 'resend' as const,
      knownInviteIds: [known],
    });

    await startBulkRun({
      assessmentId,
      options: DEFAULT_SETTINGS.inviteDefaults,
      lines: [resend(1, 'again@example.com', reviewedA.id), resend(2, 'colleague@example.com', reviewedB.id)],
    });
    const run = await finished();

    expect(states(run)).toEqual(['sent', 'already-invited']);
    expect(
      ((await posts()) as unknown as { body: { recipientEmail: string } }[]).map((p) => p.body.recipientEmail),
    ).toEqual(['again@example.com']);
  });

  it('SEC-8: should ignore a forged run in storage and make no request', async () => {
    await bulkRun.setValue({
      id: 'not-a-uuid',
      lines: [{ email: 'x@example.com', state: 'pending' }],
    } as unknown as BulkRun);
    await control('/requests', 'DELETE');
    await kickBulkRun();
    expect((await control('/requests')).requests).toHaveLength(0);
  });
});

describe('REL-10: a bulk run belongs to the key it was started under', () => {
  const postKeys = async () =>
    ((await control('/requests')).requests as { method: string; apiKey: string }[])
      .filter((r) => r.method === 'POST')
      .map((r) => r.apiKey);
  const stored = async () => (await bulkRun.getValue())!;

  it('should pause under the other key, stay paused on Resume there, and send every line under its own key', async () => {
    await saveKey(SANDBOX_KEYS.test);
    await switchKey('live');
    // Slow answers, so most lines are still to go when the key changes.
    await control('/faults', 'POST', { method: 'POST', path: '/invites', kind: 'delay', delayMs: 300, times: 12 });
    const emails = Array.from({ length: 12 }, (_, i) => `run.key.${i}@example.com`);
    const run = await startBulkRun({
      assessmentId,
      options: DEFAULT_SETTINGS.inviteDefaults,
      lines: emails.map((email, i) => send(i + 1, email)),
    });
    await expect
      .poll(async () => (await stored()).lines.some((l) => l.state === 'sent'), { timeout: 10_000 })
      .toBe(true);

    await switchKey('test');
    await controlBulkRun(run.id, 'resume');

    await expect.poll(async () => (await stored()).status).toBe('paused');
    expect((await stored()).pauseReason).toBe('this run belongs to the live key');
    // What was handed over under the live key before the switch waits, held by the outbox; nothing goes out.
    await expect
      .poll(async () => (await outbox.getValue()).filter((e) => e.state === 'sending').length, { timeout: 10_000 })
      .toBe(0);
    await kickBulkRun(true);
    expect(await postKeys()).not.toContain(SANDBOX_KEYS.test);

    await switchKey('live');

    await expect.poll(async () => (await stored()).status, { timeout: 20_000 }).toBe('finished');
    expect(states(await stored())).toEqual(emails.map(() => 'sent'));
    expect(await postKeys()).toEqual(emails.map(() => SANDBOX_KEYS.live));
  });
});
