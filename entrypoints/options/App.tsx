import { HostAccessNotice } from '@/components/HostAccessNotice';
import { StorageWallNotice, useStorageWall } from '@/components/StorageWallNotice';
import { KeySection } from './KeySection';
import { SettingsSection } from './SettingsSection';
import { ShortcutSection } from './ShortcutSection';
import { InviteDataSection } from './InviteDataSection';

export function App() {
  const wall = useStorageWall();
  return (
    <main>
      <h1>AlfaOne Invite</h1>
      {wall === 'unavailable' && <StorageWallNotice />}
      <HostAccessNotice />
      <KeySection />
      <SettingsSection />
      <ShortcutSection />
      <InviteDataSection />
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          Your API key stays in this browser, in the extension&apos;s own database, readable only by the
          extension&apos;s background and its own pages (never by web pages or the scripts it runs on them); it is sent
          only to AlfaOne, in the <code>x-api-key</code> header. AlfaOne advises keeping keys server-side: a key in a
          browser is exposed to anyone who controls this browser profile, so use a dedicated key you can revoke, and{' '}
          <strong>Remove key</strong> when you are done.
        </p>
        <p>
          Candidate emails and names found on a page stay in the extension until you send an invite; only then do the
          email and name go to AlfaOne. Nothing is sold, shared or sent anywhere else.
        </p>
      </section>
    </main>
  );
}
