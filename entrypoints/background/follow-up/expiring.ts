import { browser } from 'wxt/browser';
import { openIndexDb } from '@/lib/invite-index/db';
import { allInvites, readState } from '@/lib/invite-index/store';
import { keyStatus, notificationPrefs } from '@/lib/storage/items';
import { currentOwner } from '../invite-index/owner';
import { notify, titled } from '../notify';
import { followUpNotificationId } from './status-notify';
import { i18n } from '#i18n';

// docs/product.md, Follow up: once a day, one notification for this browser's pending invites that expire within
// 24 hours, from the local index (no request); its click opens Follow up on "Expiring soon".

export const EXPIRING_ALARM = 'follow-up-expiring';
const DAY_MINUTES = 24 * 60;
const WITHIN_MS = 24 * 3_600_000;

export function registerExpiringCheck(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === EXPIRING_ALARM) void notifyExpiringSoon();
  });
  // Kept across worker restarts: created once, then it repeats daily.
  void browser.alarms.get(EXPIRING_ALARM).then(async (alarm) => {
    if (!alarm) await browser.alarms.create(EXPIRING_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  });
}

/** Tells how many of this browser's pending invites expire within 24 hours, if any; returns that number. */
export async function notifyExpiringSoon(now = Date.now()): Promise<number> {
  const [prefs, who, key] = await Promise.all([notificationPrefs.getValue(), currentOwner(), keyStatus.getValue()]);
  if (!prefs.expiring || !who) return 0;
  const db = await openIndexDb();
  if ((await readState(db))?.owner !== who.owner) return 0;
  const count = (await allInvites(db)).filter((r) => {
    const left = Date.parse(r.expiresAt) - now;
    return r.own && r.status === 'pending' && left > 0 && left <= WITHIN_MS;
  }).length;
  if (count > 0)
    await notify(
      followUpNotificationId('expiringSoon'),
      titled(i18n.t('followUp.expiringTitle', count, { count: String(count) }), key.mode),
      i18n.t('followUp.expiringText'),
    );
  return count;
}
