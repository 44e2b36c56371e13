import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RecordKey } from './record-key';
import { forgetSearchMemo } from './search-memo';
import type { StoredInvite } from './stored';
import type { SyncState } from './sync-state';

// The invite index lives in the extension's own IndexedDB (extension origin: content scripts run in the page's
// origin and cannot open it; docs/security.md SEC-3), in a database of its own. Invites are keyed by digests of
// [lowercased address, id] (`record-key.ts`), so "what do we have for this email?" is one key-range read; an index by
// sentAt serves "recent invites", and one by status and its date serves each group of the Follow up view without
// reading the rest (a read of all 50,000 takes over a second). Version 4 adds that index to the compact record of
// `stored.ts`: an older database's records and sync state are dropped, and the sync starts over (a first sync is
// paced and resumable).

export const INDEX_DB_NAME = 'alfaone-invite-index';
const VERSION = 4;

export interface InviteIndexSchema extends DBSchema {
  invites: {
    key: RecordKey;
    value: StoredInvite;
    indexes: { bySentAt: number; byStatus: [string, number] };
  };
  meta: { key: 'sync'; value: SyncState };
}

export type InviteIndexDb = IDBPDatabase<InviteIndexSchema>;

let opened: Promise<InviteIndexDb> | undefined;

/** The one connection of this context (worker or test), opened on first use. */
export function openIndexDb(): Promise<InviteIndexDb> {
  opened ??= openDB<InviteIndexSchema>(INDEX_DB_NAME, VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) db.createObjectStore('meta');
      else {
        db.deleteObjectStore('invites');
        void tx.objectStore('meta').delete('sync');
      }
      const invites = db.createObjectStore('invites');
      invites.createIndex('bySentAt', 't');
      invites.createIndex('byStatus', ['s', 'g']);
    },
    // Another context deletes or upgrades the database: let it, and reopen on next use.
    blocking() {
      void opened?.then((db) => db.close());
      opened = undefined;
      forgetSearchMemo();
    },
  });
  return opened;
}

/** Closes this context's connection (a worker stopping, in tests; Clear local invite data before deleting). */
export async function closeIndexDb(): Promise<void> {
  const current = opened;
  opened = undefined;
  forgetSearchMemo();
  (await current)?.close();
}
