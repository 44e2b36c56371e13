import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import { exclusive } from './exclusive';

// Before 0.2 every item lived in storage.local, which Firefox lets content scripts read and write (docs/security.md
// SEC-3). This moves what an existing install kept there into the extension's IndexedDB and removes it from
// storage.local, once, under a lock so two contexts opening at once never move the same data twice.

/** The storage.local keys of the old layout, each with WXT's metadata key (`name$`, holding `{ v }`). */
export const LEGACY_LOCAL_KEYS = [
  'apiKey',
  'keyStatus',
  'settings',
  'outbox',
  'recentAssessmentIds',
  'assessmentsCache',
  'bulkRun',
  'testSettleMs',
];

export async function moveLegacyLocal(db: IDBPDatabase): Promise<void> {
  const local = browser.storage?.local;
  if (!local) return;
  await exclusive('alfaone-storage-migration', async () => {
    const names = LEGACY_LOCAL_KEYS.flatMap((key) => [key, `${key}$`]);
    const old = await local.get(names);
    const present = LEGACY_LOCAL_KEYS.filter((key) => old[key] !== undefined);
    if (present.length === 0) return;
    const tx = db.transaction('items', 'readwrite');
    for (const key of present) {
      const meta = old[`${key}$`] as { v?: number } | undefined;
      await tx.store.put({ v: meta?.v ?? 1, value: old[key] }, key);
    }
    await tx.done;
    // Written first, removed after: a stop in between moves the same data again next time, never loses it.
    await local.remove(names);
  });
}
