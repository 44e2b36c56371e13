import { NOTIFIED_STATUSES, type NotifiedStatus } from '@/lib/follow-up/notification-prefs';
import type { StatusChange } from '@/lib/invite-index/record';
import { keyStatus, notificationPrefs } from '@/lib/storage/items';
import { notify, titled } from '../notify';
import { i18n } from '#i18n';

// docs/product.md, Follow up: a status change seen by any read of the index (the periodic refresh, the re-read on
// arrival) is told, for the kinds the user keeps on and the invites in scope; a burst is one notification per kind
// (its id is the kind's, so a later burst replaces it rather than stacking), and a click opens Follow up on that group.

const TITLE_ONE = {
  completed: 'followUp.notifyCompleted',
  started: 'followUp.notifyStarted',
  accepted: 'followUp.notifyAccepted',
} as const;
const TITLE_MANY = {
  completed: 'followUp.notifyCompletedMany',
  started: 'followUp.notifyStartedMany',
  accepted: 'followUp.notifyAcceptedMany',
} as const;

/** The notification id of a Follow up group: its click opens the view there (notify.ts). */
export const followUpNotificationId = (group: string) => `follow:${group}`;

/** Which changes are told, by kind, under the user's choices. */
export async function changesToTell(changes: readonly StatusChange[]): Promise<Map<NotifiedStatus, StatusChange[]>> {
  const prefs = await notificationPrefs.getValue();
  const told = new Map<NotifiedStatus, StatusChange[]>();
  for (const change of changes) {
    const status = change.invite.status as NotifiedStatus;
    if (!NOTIFIED_STATUSES.includes(status) || !prefs[status]) continue;
    if (prefs.scope === 'own' && !change.invite.own) continue;
    told.set(status, [...(told.get(status) ?? []), change]);
  }
  return told;
}

export async function notifyStatusChanges(changes: readonly StatusChange[]): Promise<void> {
  if (changes.length === 0) return;
  const [told, key] = await Promise.all([changesToTell(changes), keyStatus.getValue()]);
  for (const [status, group] of told) {
    const first = group[0]!.invite;
    const assessments = [...new Set(group.map((c) => c.invite.assessmentName))].join(', ');
    const title =
      group.length === 1
        ? i18n.t(TITLE_ONE[status], { who: first.recipientName || first.recipientEmail, assessment: assessments })
        : i18n.t(TITLE_MANY[status], group.length, { count: String(group.length), assessment: assessments });
    await notify(followUpNotificationId(status), titled(title, key.mode), i18n.t('followUp.notifyOpen'));
  }
}
