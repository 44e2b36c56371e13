// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SANDBOX_KEYS } from '../../../sandbox/keys';
import type { RunningSandbox } from '../../../sandbox/server';
import { startUnitSandbox, type UnitSandbox } from '../../../test/unit-sandbox';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { outboxTiming } from '@/lib/outbox/timing';
import { apiKey } from '@/lib/storage/api-key';
import { assessmentsCache, keyStatus, outbox, settings } from '@/lib/storage/items';
import { getAssessments } from '../assessments-service';
import { sendInvite } from '../invites/send-invite';
import { removeKey, saveKey, switchKey } from '../key-service';
import { keyIdentity, reviewOutboxKeys, waitForEntry } from '../outbox';
import { runSync } from '../invite-index/schedule';
import { AppError } from '@/lib/api/errors';

// docs/product.md, Keys: a live and a test key saved at once, one in force; docs/security.md REL-10: an invite
// belongs to the key it was asked under. Against the real sandbox, whose log says which key each request carried.

let sandbox: RunningSandbox;
let assessmentId: string;
let control: UnitSandbox['control'];
let invitesTo: UnitSandbox['invitesTo'];

const last4 = (key: string) => key.slice(-4);
const postsWith = async () =>
  ((await control('/requests')).requests as { method: string; apiKey: string }[])
    .filter((r) => r.method === 'POST')
    .map((r) => r.apiKey);
const getsWith = async (key: string) =>
  ((await control('/requests')).requests as { method: string; apiKey: string }[]).filter(
    (r) => r.method === 'GET' && r.apiKey === key,
  ).length;
const request = (email: string) => ({
  assessmentId,
  email,
  options: DEFAULT_SETTINGS.inviteDefaults,
  confirmDuplicate: true,
});

beforeAll(async () => {
  ({ sandbox, assessmentId, control, invitesTo } = await startUnitSandbox());
  outboxTiming.settleMs = 300;
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  fakeBrowser.reset();
  await control('/reset', 'POST');
  await settings.setValue({ ...DEFAULT_SETTINGS, baseUrl: sandbox.baseUrl });
});

describe('Keys: a live and a test key at once', () => {
  it('should keep both after saving a live then a test key, the test one in force', async () => {
    await saveKey(SANDBOX_KEYS.live);
    const status = await saveKey(SANDBOX_KEYS.test);

    expect(await apiKey.getValue()).toEqual({ inForce: 'test', live: SANDBOX_KEYS.live, test: SANDBOX_KEYS.test });
    expect(status).toMatchObject({
      configured: true,
      mode: 'test',
      last4: last4(SANDBOX_KEYS.test),
      state: 'connected',
      other: { mode: 'live', last4: last4(SANDBOX_KEYS.live), state: 'connected' },
    });
    expect(await keyStatus.getValue()).toEqual(status);
  });

  it('should replace only the key of the same environment', async () => {
    await saveKey(SANDBOX_KEYS.test);
    await saveKey(SANDBOX_KEYS.empty);
    await saveKey(SANDBOX_KEYS.live);

    expect(await apiKey.getValue()).toEqual({ inForce: 'live', live: SANDBOX_KEYS.live, test: SANDBOX_KEYS.test });
    expect((await keyStatus.getValue()).other).toMatchObject({ mode: 'test', last4: last4(SANDBOX_KEYS.test) });
  });

  it('should send the next invite with the test key after switching to it, and keep each environment its list', async () => {
    await saveKey(SANDBOX_KEYS.live);
    await saveKey(SANDBOX_KEYS.test);
    await switchKey('live');
    const live = await getAssessments(true);
    expect(Object.keys(await assessmentsCache.getValue())).toEqual(['live']);

    const status = await switchKey('test');

    expect(status).toMatchObject({ mode: 'test', other: { mode: 'live' } });
    // The live list stays for a switch back, and is never the test key's: that one is read from AlfaOne.
    expect(Object.keys(await assessmentsCache.getValue())).toEqual(['live']);
    await control('/requests', 'DELETE');
    await getAssessments(false);
    expect(await getsWith(SANDBOX_KEYS.test)).toBeGreaterThan(0);
    expect(await getsWith(SANDBOX_KEYS.live)).toBe(0);
    await switchKey('live');
    await control('/requests', 'DELETE');
    expect((await getAssessments(false)).assessments).toEqual(live.assessments);
    expect(await getsWith(SANDBOX_KEYS.live)).toBe(0);
    await switchKey('test');
    await control('/requests', 'DELETE');
    expect((await sendInvite(request('switched@example.com'))).status).toBe('sent');
    expect(await postsWith()).toEqual([SANDBOX_KEYS.test]);
  });

  it("should drop a replaced key's list: the new key may be another organization's", async () => {
    await saveKey(SANDBOX_KEYS.live);
    await saveKey(SANDBOX_KEYS.test);
    await getAssessments(true);
    await switchKey('live');
    expect((await getAssessments(true)).assessments.length).toBeGreaterThan(0);

    await saveKey(SANDBOX_KEYS.empty);

    expect(Object.keys(await assessmentsCache.getValue())).toEqual(['test']);
    expect((await getAssessments(false)).assessments).toEqual([]);
  });

  it('should never show a list fetched under a replaced key, even one written late by a fetch under way', async () => {
    await saveKey(SANDBOX_KEYS.live);
    const live = await getAssessments(true);
    expect(live.assessments.length).toBeGreaterThan(0);
    await saveKey(SANDBOX_KEYS.empty);
    // What a fetch started under the old key would write after the change, had it passed its check just before.
    await assessmentsCache.setValue({
      live: {
        baseUrl: sandbox.baseUrl,
        last4: last4(SANDBOX_KEYS.live),
        fetchedAt: Date.now(),
        assessments: live.assessments,
      },
    });

    expect((await getAssessments(false)).assessments).toEqual([]);
  });

  it('should refuse to switch to an environment with no saved key', async () => {
    await saveKey(SANDBOX_KEYS.live);

    await expect(switchKey('test')).rejects.toMatchObject({ kind: 'key-missing' });
    expect((await apiKey.getValue())?.inForce).toBe('live');
  });

  it('should keep the other key when the key in force is removed, and bring it into force', async () => {
    await saveKey(SANDBOX_KEYS.live);
    await saveKey(SANDBOX_KEYS.test);

    const status = await removeKey();

    expect(await apiKey.getValue()).toEqual({ inForce: 'live', live: SANDBOX_KEYS.live });
    expect(status).toMatchObject({ configured: true, mode: 'live', last4: last4(SANDBOX_KEYS.live) });
    expect(status.other).toBeUndefined();
  });

  it('should remove the key not in force and leave the one in force as it was', async () => {
    await saveKey(SANDBOX_KEYS.live);
    await saveKey(SANDBOX_KEYS.test);
    await getAssessments(true);

    const status = await removeKey('live');

    expect(await apiKey.getValue()).toEqual({ inForce: 'test', test: SANDBOX_KEYS.test });
    expect(status).toMatchObject({ mode: 'test', last4: last4(SANDBOX_KEYS.test) });
    expect(status.other).toBeUndefined();
    expect(Object.keys(await assessmentsCache.getValue())).toEqual(['test']);
  });

  it('SEC-7: removing the last key clears it and its status', async () => {
    await saveKey(SANDBOX_KEYS.test);

    expect(await removeKey()).toEqual({ configured: false, state: 'none' });
    expect(await apiKey.getValue()).toBeNull();
  });
});

describe('REL-10 with two keys: an invite goes out only under the key it was asked under', () => {
  it('should hold an invite of the test key while the live key is in force, and send it under the test key once switched back', async () => {
    await saveKey(SANDBOX_KEYS.live);
    await saveKey(SANDBOX_KEYS.test);
    const email = 'asked.under.test@example.com';
    // Asked under the test key, still waiting to go out (offline, say) when the user switches to live.
    const now = Date.now();
    const asked: OutboxEntry = {
      id: crypto.randomUUID(),
      key: `${assessmentId}|${email}`,
      body: { assessmentId, recipientEmail: email },
      origin: 'popup',
      keyEnv: 'test',
      keyId: await keyIdentity(SANDBOX_KEYS.test),
      checkDuplicates: false,
      state: 'queued',
      createdAt: now,
      nextAt: now + 60_000,
      posts: 0,
      tries: 1,
      preexistingIds: [],
      unsure: false,
      notify: false,
    };
    await outbox.setValue([asked]);

    await switchKey('live');
    await reviewOutboxKeys();

    expect((await outbox.getValue())[0]).toMatchObject({ state: 'held', hold: 'key-changed', keyEnv: 'test' });
    expect(await postsWith()).toEqual([]);

    await switchKey('test');

    const sent = await waitForEntry(asked.id, (e) => e.state === 'sent', 10_000);
    expect(sent).toMatchObject({ state: 'sent', keyEnv: 'test' });
    expect(await postsWith()).toEqual([SANDBOX_KEYS.test]);
    expect(await invitesTo(email)).toHaveLength(1);
  });
});

describe('REL-10: an open invite is joined only by a request under the same key', () => {
  it('should send a live invite, after its own duplicate check, to a person whose test invite is held', async () => {
    await saveKey(SANDBOX_KEYS.live);
    await saveKey(SANDBOX_KEYS.test);
    const email = 'queued.under.test@example.com';
    const now = Date.now();
    const heldUnderTest: OutboxEntry = {
      id: crypto.randomUUID(),
      key: `${assessmentId}|${email}`,
      body: { assessmentId, recipientEmail: email },
      origin: 'popup',
      keyEnv: 'test',
      keyId: await keyIdentity(SANDBOX_KEYS.test),
      checkDuplicates: true,
      state: 'queued',
      createdAt: now,
      nextAt: now + 60_000,
      posts: 0,
      tries: 1,
      preexistingIds: [],
      unsure: false,
      notify: false,
    };
    await outbox.setValue([heldUnderTest]);
    await switchKey('live');
    await reviewOutboxKeys();

    const outcome = await sendInvite({ ...request(email), confirmDuplicate: false });

    expect(outcome).toMatchObject({ status: 'sent', invite: { recipientEmail: email } });
    expect(await postsWith()).toEqual([SANDBOX_KEYS.live]);
    // Its own duplicate check: the live key's live invites were read before the POST.
    expect(await getsWith(SANDBOX_KEYS.live)).toBeGreaterThan(0);
    const entries = await outbox.getValue();
    expect(entries.find((e) => e.id === heldUnderTest.id)).toMatchObject({ state: 'held', keyEnv: 'test' });
    expect(entries.find((e) => e.id !== heldUnderTest.id)).toMatchObject({ state: 'sent', keyEnv: 'live' });
  });
});

describe('Keys: every surface shows the environment in force', () => {
  it('should title the notification of an invite sent under the test key "Test"', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async () => 'shown') as never);
    await saveKey(SANDBOX_KEYS.live);
    await saveKey(SANDBOX_KEYS.test);

    // The context menu's quick send: nobody watches it, a notification tells the outcome.
    // Its notification follows the settled entry: wait for it, not for a time.
    expect((await sendInvite(request('menu.test@example.com'), 'context-menu')).status).toBe('sent');
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    await switchKey('live');
    expect((await sendInvite(request('menu.live@example.com'), 'context-menu')).status).toBe('sent');
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(2));

    const titles = create.mock.calls.map((call) => (call[1] as unknown as { title: string }).title);
    expect(titles).toEqual(['Test — Invite sent', 'Invite sent']);
  });
});

describe('SEC-6 across a key change: the key record and its status are two writes', () => {
  const refused = new AppError('key-revoked').toInfo();
  const requests = async () => (await control('/requests')).requests as { apiKey: string }[];

  /** The test key in force; the live key saved beside it, which AlfaOne refused (revoked). */
  async function liveKeyRefused(): Promise<void> {
    await apiKey.setValue({ inForce: 'test', test: SANDBOX_KEYS.test, live: SANDBOX_KEYS.revoked });
    await keyStatus.setValue({
      configured: true,
      mode: 'test',
      last4: last4(SANDBOX_KEYS.test),
      state: 'connected',
      other: { mode: 'live', last4: last4(SANDBOX_KEYS.revoked), state: 'needs-attention', problem: refused },
    });
  }

  it('should send nothing with a refused key switched to before its status is written', async () => {
    await liveKeyRefused();
    // A switch to live, half done: the key record says live, the status still describes the test key in force.
    await apiKey.setValue({ inForce: 'live', test: SANDBOX_KEYS.test, live: SANDBOX_KEYS.revoked });
    await control('/requests', 'DELETE');

    await expect(getAssessments(true)).rejects.toMatchObject({ kind: 'key-revoked' });
    await expect(sendInvite(request('window@example.com'))).rejects.toMatchObject({ kind: 'key-revoked' });
    await runSync();

    expect(await requests()).toEqual([]);
    expect((await outbox.getValue())[0]).toMatchObject({ state: 'held', hold: 'key-refused' });
  });

  it('should send nothing with a key whose status is not written yet, or was removed first', async () => {
    await apiKey.setValue({ inForce: 'live', live: SANDBOX_KEYS.revoked });
    await keyStatus.removeValue();
    await control('/requests', 'DELETE');

    await expect(getAssessments(true)).rejects.toMatchObject({ kind: 'key-missing' });
    await runSync();

    expect(await requests()).toEqual([]);
  });

  it('should use a key the status accepted, even while it describes it as the other key', async () => {
    await liveKeyRefused();
    await switchKey('live');
    // Back to test, half done: the status still describes the refused live key in force, and the test key as other.
    await apiKey.setValue({ inForce: 'test', test: SANDBOX_KEYS.test, live: SANDBOX_KEYS.revoked });
    await control('/requests', 'DELETE');

    await getAssessments(true);

    expect([...new Set((await requests()).map((r) => r.apiKey))]).toEqual([SANDBOX_KEYS.test]);
  });
});
