import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

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
      <h2 id="shortcut-heading">Keyboard shortcut</h2>
      <p>
        Open the invite popup with <kbd>{shortcut || 'not set'}</kbd>. Change it at chrome://extensions/shortcuts
        (Firefox: Manage Extension Shortcuts).
      </p>
    </section>
  );
}
