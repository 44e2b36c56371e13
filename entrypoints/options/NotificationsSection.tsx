import { useEffect, useState } from 'react';
import type { NotificationPrefs } from '@/lib/follow-up/notification-prefs';
import type { PlainKey } from '@/lib/i18n/keys';
import { callBackground } from '@/lib/messaging/call';
import { notificationPrefs } from '@/lib/storage/items';
import { i18n } from '#i18n';

type Kind = 'completed' | 'started' | 'accepted' | 'expiring';
const KINDS: Array<[Kind, PlainKey]> = [
  ['completed', 'options.notifyCompleted'],
  ['started', 'options.notifyStarted'],
  ['accepted', 'options.notifyAccepted'],
  ['expiring', 'options.notifyExpiring'],
];

/** Which status changes raise a notification, and for whose invites (docs/product.md, Follow up). Saved as changed. */
export function NotificationsSection() {
  const [prefs, setPrefs] = useState<NotificationPrefs | null>(null);

  useEffect(() => {
    void notificationPrefs.getValue().then(setPrefs);
  }, []);

  const save = async (next: NotificationPrefs) => {
    setPrefs(next);
    const result = await callBackground('saveNotificationPrefs', next);
    if (!result.ok) setPrefs(await notificationPrefs.getValue());
  };

  if (!prefs) return null;
  return (
    <section aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{i18n.t('options.notifications')}</h2>
      <fieldset>
        <legend>{i18n.t('options.notifyWhen')}</legend>
        {KINDS.map(([kind, label]) => (
          <label key={kind} className="row">
            <input
              type="checkbox"
              checked={prefs[kind]}
              onChange={(e) => void save({ ...prefs, [kind]: e.target.checked })}
            />
            {i18n.t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.notifyFor')}</legend>
        {(['own', 'organization'] as const).map((scope) => (
          <label key={scope} className="row">
            <input
              type="radio"
              name="notify-scope"
              checked={prefs.scope === scope}
              onChange={() => void save({ ...prefs, scope })}
            />
            {i18n.t(scope === 'own' ? 'options.notifyOwn' : 'options.notifyOrganization')}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
