import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { originPattern } from '@/lib/config/api-base-url';
import { settings } from '@/lib/storage/items';
import { i18n } from '#i18n';

/**
 * Firefox lets the user revoke any host permission, the API's included (docs/security.md PERM-2). Without it the
 * background sends nothing; this offers the grant, which must be asked within the click.
 */
export function HostAccessNotice() {
  const [origin, setOrigin] = useState<string | null>(null);
  const [granted, setGranted] = useState(true);

  useEffect(() => {
    const check = async () => {
      const pattern = originPattern((await settings.getValue()).baseUrl);
      setOrigin(pattern);
      setGranted(await browser.permissions.contains({ origins: [pattern] }).catch(() => true));
    };
    void check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    const unwatch = settings.watch(() => void check());
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
      unwatch();
    };
  }, []);

  if (granted || !origin) return null;
  const grant = async () => setGranted(await browser.permissions.request({ origins: [origin] }).catch(() => false));
  return (
    <div role="alert" className="error">
      <p>
        <strong>{i18n.t('notices.hostAccess', { host: new URL(origin.replace('/*', '/')).host })}</strong>{' '}
        {i18n.t('notices.hostAccessAction')}
      </p>
      <button type="button" onClick={() => void grant()}>
        {i18n.t('common.grantAccess')}
      </button>
    </div>
  );
}
