import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { keep } from '@/lib/i18n/keys';
import { rich } from '@/lib/i18n/rich';

/** Shows the shortcut that opens the popup, as the browser has it (the user may have changed it). */
export function ShortcutSection() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((commands) =>
        setShortcut(
          commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action')?.shortcut || '',
        ),
      )
      .catch(() => setShortcut(''));
  }, []);
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{i18n.t('options.shortcut')}</h2>
      <p>
        {rich(i18n.t('options.shortcutText', keep('shortcut')), {
          shortcut: <kbd>{shortcut || i18n.t('options.shortcutNotSet')}</kbd>,
        })}
      </p>
    </section>
  );
}
