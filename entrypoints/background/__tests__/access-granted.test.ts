// @vitest-environment node
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SANDBOX_KEYS } from '../../../sandbox/keys';
import { startUnitSandbox, useLiveKey, type UnitSandbox } from '../../../test/unit-sandbox';
import { openIndexDb } from '@/lib/invite-index/db';
import { readState } from '@/lib/invite-index/store';
import { afterAccessGranted } from '../access-granted';
import { knownHostPermission, registerHostPermissionWatch } from '../host-permission';
import { ownerOf } from '../invite-index/owner';
import { runSync } from '../invite-index/schedule';
import { sendInvite } from '../invites/send-invite';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { outbox } from '@/lib/storage/items';

// PERM-2: without access to AlfaOne's origin nothing goes out, the invite index's sync included; access granted
// later, in any page, starts what waited for it. The fake browser has no permissions API: the grant is played
// through the same listener the browser would call.

let unit: UnitSandbox;
beforeAll(async () => {
  unit = await startUnitSandbox();
});
afterAll(() => unit.sandbox.close());

/** Access to the API origin taken back; `grant` gives it back as the browser would: the permission, then the event. */
async function withoutAccess(): Promise<{ grant: () => void }> {
  fakeBrowser.reset();
  let allowed = false;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => allowed);
  let onAdded: (() => void) | undefined;
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((listener) => {
    onAdded = listener as () => void;
  });
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  await useLiveKey(unit.sandbox);
  registerHostPermissionWatch(afterAccessGranted);
  expect(onAdded).toBeTypeOf('function');
  await unit.control('/reset', 'POST');
  return {
    grant: () => {
      allowed = true;
      onAdded!();
    },
  };
}

it('should start the invite index sync once access to the API origin is granted, and ask nothing before', async () => {
  const { grant } = await withoutAccess();

  await runSync();
  expect(await knownHostPermission(unit.sandbox.baseUrl)).toBe(false);
  expect(await readState(await openIndexDb())).toBeUndefined();
  expect((await unit.control('/requests')).requests).toEqual([]);

  grant();

  const owner = await ownerOf(unit.sandbox.baseUrl, SANDBOX_KEYS.live);
  await vi.waitFor(async () => expect(await readState(await openIndexDb())).toMatchObject({ owner, phase: 'ready' }), {
    timeout: 10_000,
    interval: 50,
  });
  // The cached answer for display was forgotten with the grant.
  expect(await knownHostPermission(unit.sandbox.baseUrl)).toBe(true);
});

it('should send an invite held for want of access once access is granted, once', async () => {
  const { grant } = await withoutAccess();
  const email = 'held.for.access@example.com';

  // The popup shows "Grant access" (PERM-2); the invite waits in the outbox meanwhile.
  await expect(
    sendInvite({
      assessmentId: unit.assessmentId,
      email,
      options: DEFAULT_SETTINGS.inviteDefaults,
      confirmDuplicate: false,
    }),
  ).rejects.toMatchObject({ kind: 'permission-missing' });
  expect((await outbox.getValue()).map((entry) => [entry.body.recipientEmail, entry.state])).toEqual([[email, 'held']]);
  expect(await unit.posts()).toEqual([]);

  grant();

  await vi.waitFor(async () => expect(await unit.invitesTo(email)).toHaveLength(1), { timeout: 10_000, interval: 50 });
  expect(await unit.posts()).toHaveLength(1);
});
