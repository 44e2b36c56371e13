import { HostAccessNotice } from '@/components/HostAccessNotice';
import { StorageWallNotice, useStorageWall } from '@/components/StorageWallNotice';
import { KeySection } from './KeySection';
import { SettingsSection } from './SettingsSection';
import { ShortcutSection } from './ShortcutSection';
import { InviteDataSection } from './InviteDataSection';
import { NotificationsSection } from './NotificationsSection';
import { AssessmentDefaultsSection } from './AssessmentDefaultsSection';
import { i18n } from '#i18n';
import { keep } from '@/lib/i18n/keys';
import { rich } from '@/lib/i18n/rich';

export function App() {
  const wall = useStorageWall();
  return (
    <main>
      <h1>{i18n.t('extName')}</h1>
      {wall === 'unavailable' && <StorageWallNotice />}
      <HostAccessNotice />
      <KeySection />
      <SettingsSection />
      <ShortcutSection />
      <AssessmentDefaultsSection />
      <NotificationsSection />
      <InviteDataSection />
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{i18n.t('options.privacy')}</h2>
        <p>
          {rich(i18n.t('options.privacyKey', keep('header', 'remove')), {
            header: <code>x-api-key</code>,
            remove: <strong>{i18n.t('options.removeKey')}</strong>,
          })}
        </p>
        <p>{i18n.t('options.privacyData')}</p>
      </section>
    </main>
  );
}
