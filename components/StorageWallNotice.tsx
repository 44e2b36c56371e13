import { useEffect, useState } from 'react';
import { storageWall, type StorageWall } from '@/lib/storage/session-items';

/** What the background found when it checked Chrome's storage lock at start (docs/security.md SEC-3). */
export function useStorageWall(): StorageWall | null {
  const [wall, setWall] = useState<StorageWall | null>(null);
  useEffect(() => {
    void storageWall.getValue().then(setWall);
    return storageWall.watch(setWall);
  }, []);
  return wall;
}

/** The extension fails closed where the lock is unavailable: it says so instead of working. */
export function StorageWallNotice() {
  return (
    <div role="alert" className="error">
      <p>
        <strong>This browser cannot keep the extension’s storage out of web pages’ reach.</strong> The extension stays
        closed: it saves no key and sends nothing. Update the browser (Chrome 114 or later) and reload the extension.
      </p>
    </div>
  );
}
