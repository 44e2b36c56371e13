// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SANDBOX_KEYS } from '../../../../sandbox/keys';
import { startUnitSandbox, useLiveKey, type UnitSandbox } from '../../../../test/unit-sandbox';
import type { Invite } from '@/lib/api/schemas';
import { DEFAULT_NOTIFICATION_PREFS } from '@/lib/follow-up/notification-prefs';
import { closeIndexDb, INDEX_DB_NAME, openIndexDb } from '@/lib/invite-index/db';
import { readState } from '@/lib/invite-index/store';
import { addConfirmed } from '@/lib/invite-index/sync-step';
import { notificationPrefs } from '@/lib/storage/items';
import { currentOwner } from '../../invite-index/owner';
import { runSync } from '../../invite-index/schedule';
import { registerNotificationClicks } from '../../notify';
import { notifyExpiringSoon } from '../expiring';

// docs/product.md, Follow up: a status change the refresh sees is told (completions of this browser's invites by
// default), a burst as one notification; the click opens Follow up on that group; once a day, this browser's
// pending invites expiring within 24 hours are counted in one notification.

let unit: UnitSandbox;
const MINUTE = 60_000;

beforeAll(async () => {
  unit = await startUnitSandbox();
});
afterAll(() => unit.sandbox.close());
beforeEach(async () => {
  fakeBrowser.reset();
  unit.sandbox.state.reset();
  await closeIndexDb();
  indexedDB.deleteDatabase(INDEX_DB_NAME);
  await useLiveKey(unit.sandbox);
  await runSync();
  expect((await readState(await openIndexDb()))?.phase).toBe('ready');
});
afterEach(() => vi.useRealTimers());

const shown = () => fakeBrowser.notifications.getAllCreateOptions() as Record<string, { title: string }>;

async function invitesOf(status: string): Promise<Invite[]> {
  return ((await unit.control('/invites')).invites as Invite[]).filter((i) => i.status === status);
}

/** Marks invites as sent from this browser, as the outbox's confirmation does. */
async function sentFromHere(invites: Invite[]): Promise<void> {
  const who = (await currentOwner())!;
  await addConfirmed({ db: await openIndexDb(), owner: who.owner }, invites, new Set(invites.map((i) => i.id)));
}

/** New invites to the first assessment, made by AlfaOne's API (another client). */
async function createInvites(emails: string[], expiresInDays: number): Promise<Invite[]> {
  const made: Invite[] = [];
  for (const email of emails) {
    const response = await fetch(`${unit.sandbox.baseUrl}/invites`, {
      method: 'POST',
      headers: { 'x-api-key': SANDBOX_KEYS.live, 'content-type': 'application/json' },
      body: JSON.stringify({ assessmentId: unit.assessmentId, recipientEmail: email, expiresInDays }),
    });
    made.push(((await response.json()) as { invite: Invite }).invite);
  }
  return made;
}

/** A live-status round is due: the clock moves past the refresh period, and the sync runs. */
async function nextRefresh(): Promise<void> {
  // The worker's clock (lib/time/clock.ts) moves with performance.now: both move on.
  vi.useFakeTimers({ toFake: ['Date', 'performance'] });
  vi.advanceTimersByTime(9 * MINUTE);
  await runSync();
}

it('should tell a burst of completions in one notification, whole organization on', async () => {
  await notificationPrefs.setValue({ ...DEFAULT_NOTIFICATION_PREFS, scope: 'organization' });
  const burst = await createInvites(['a.burst@example.com', 'b.burst@example.com', 'c.burst@example.com'], 7);
  const who = (await currentOwner())!;
  await addConfirmed({ db: await openIndexDb(), owner: who.owner }, burst);
  for (const invite of burst) await unit.control(`/invites/${invite.id}/status`, 'POST', { status: 'completed' });

  await nextRefresh();

  expect(Object.keys(shown())).toEqual(['follow:completed']);
  expect(shown()['follow:completed']!.title).toBe(`3 candidates completed ${burst[0]!.assessmentName}`);
});

it('should tell only this browser’s invites by default, and no starts (off by default)', async () => {
  const [mine, theirs] = await invitesOf('started');
  const [accepted] = await invitesOf('accepted');
  await sentFromHere([mine!, accepted!]);
  for (const invite of [mine!, theirs!])
    await unit.control(`/invites/${invite.id}/status`, 'POST', { status: 'completed' });
  await unit.control(`/invites/${accepted!.id}/status`, 'POST', { status: 'started' });

  await nextRefresh();

  expect(Object.keys(shown())).toEqual(['follow:completed']);
  expect(shown()['follow:completed']!.title).toBe(
    `Completed: ${mine!.recipientName ?? mine!.recipientEmail} — ${mine!.assessmentName}`,
  );
});

it('should open Follow up on the group a notification is about', async () => {
  const followUp = vi.fn(async () => undefined);
  registerNotificationClicks({ recent: vi.fn(), form: vi.fn(), followUp });

  await fakeBrowser.notifications.onClicked.trigger('follow:completed');

  expect(followUp).toHaveBeenCalledWith('completed');
});

it('should count this browser’s pending invites expiring within 24 hours in one notification', async () => {
  const created = [
    ...(await createInvites(['soon.one@example.com', 'soon.two@example.com'], 1)),
    ...(await createInvites(['later@example.com'], 3)),
  ];
  await sentFromHere(created);

  const actual = await notifyExpiringSoon(Date.now() + MINUTE);

  expect(actual).toBe(2);
  expect(shown()['follow:expiringSoon']!.title).toBe('2 invites expire within 24 hours');
  await notificationPrefs.setValue({ ...DEFAULT_NOTIFICATION_PREFS, expiring: false });
  expect(await notifyExpiringSoon(Date.now() + MINUTE)).toBe(0);
});
