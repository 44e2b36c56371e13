import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openSidePanel } from '@/lib/side-panel/open';
import { i18n } from '#i18n';

/** "Open side panel": the same form, kept open beside the page as the recruiter moves from profile to profile. */
export function OpenSidePanel() {
  // Known before the click: the browser opens the panel only straight from the gesture, with no await before.
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  const open = () => {
    void openSidePanel(windowId).then(
      () => window.close(),
      () => undefined,
    );
  };
  return (
    <button type="button" className="link small" onClick={open}>
      {i18n.t('popup.openSidePanel')}
    </button>
  );
}
