import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { IndexedInvite } from './record';
import type { SyncState } from './sync-state';

// The invite index lives in the extension's own IndexedDB (extension origin: content scripts run in the page's
// origin and cannot open it; docs/security.md SEC-3), in a database of its own. Invites are keyed by
// [lowercased address, id], so "what do we have for this email?" is one key-range read; a secondary index by
// sentAt serves "recent invites". Version 2 dropped an index by assessment nothing read (an entry per invite).

export const INDEX_DB_NAME = 'alfaone-invite-index';
const VERSION = 2;

export interface InviteIndexSchema extends DBSchema {
  invites: {
    key: [string, string];
    value: IndexedInvite;
    indexes: { bySentAt: string };
  };
  meta: { key: 'sync'; value: SyncState };
}

export type InviteIndexDb = IDBPDatabase<InviteIndexSchema>;

let opened: Promise<InviteIndexDb> | undefined;

/** The one connection of this context (worker or test), opened on first use. */
export function openIndexDb(): Promise<InviteIndexDb> {
  opened ??= openDB<InviteIndexSchema>(INDEX_DB_NAME, VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const invites = db.createObjectStore('invites', { keyPath: ['email', 'id'] });
        invites.createIndex('bySentAt', 'sentAt');
        db.createObjectStore('meta');
      }
      // The records stay: only the unused index goes.
      if (oldVersion === 1) tx.objectStore('invites').deleteIndex('byAssessment' as 'bySentAt');
    },
    // Another context deletes or upgrades the database: let it, and reopen on next use.
    blocking() {
      void opened?.then((db) => db.close());
      opened = undefined;
    },
  });
  return opened;
}

/** Closes this context's connection (a worker stopping, in tests; Clear local invite data before deleting). */
export async function closeIndexDb(): Promise<void> {
  const current = opened;
  opened = undefined;
  (await current)?.close();
}
