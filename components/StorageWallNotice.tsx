import { useEffect, useState } from 'react';
import type { StorageWall } from '@/lib/storage/session-items';
import { i18n } from '#i18n';

/**
 * What the background found when it checked Chrome's storage lock at start (docs/security.md SEC-3). Read after the
 * first paint: the session storage module is not needed to draw the form, and nothing can be sent meanwhile anyway
 * (the background refuses every request while the lock is unavailable).
 */
export function useStorageWall(): StorageWall | null {
  const [wall, setWall] = useState<StorageWall | null>(null);
  useEffect(() => {
    let unwatch: (() => void) | undefined;
    let gone = false;
    void import('@/lib/storage/session-items').then(({ storageWall }) => {
      if (gone) return;
      void storageWall.getValue().then(setWall);
      unwatch = storageWall.watch(setWall);
    });
    return () => {
      gone = true;
      unwatch?.();
    };
  }, []);
  return wall;
}

/** The extension fails closed where the lock is unavailable: it says so instead of working. */
export function StorageWallNotice() {
  return (
    <div role="alert" className="error">
      <p>
        <strong>{i18n.t('notices.storageWall')}</strong> {i18n.t('notices.storageWallAction')}
      </p>
    </div>
  );
}
