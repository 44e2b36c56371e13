import { KeySection } from './KeySection';
import { SettingsSection } from './SettingsSection';
import { ShortcutSection } from './ShortcutSection';
import { InviteDataSection } from './InviteDataSection';

export function App() {
  return (
    <main>
      <h1>AlfaOne Invite</h1>
      <KeySection />
      <SettingsSection />
      <ShortcutSection />
      <InviteDataSection />
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          Your API key stays in this browser&apos;s local extension storage, readable only by the extension&apos;s
          background and its own pages; it is sent only to AlfaOne, in the <code>x-api-key</code> header. AlfaOne
          advises keeping keys server-side: a key in a browser is exposed to anyone who controls this browser
          profile, so use a dedicated key you can revoke, and <strong>Remove key</strong> when you are done.
        </p>
        <p>
          Candidate emails and names found on a page stay in the extension until you send an invite; only then do the
          email and name go to AlfaOne. Nothing is sold, shared or sent anywhere else.
        </p>
      </section>
    </main>
  );
}
