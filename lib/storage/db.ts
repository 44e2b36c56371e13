import { openDB, type IDBPDatabase } from 'idb';
import { moveLegacyLocal } from './legacy-local';

// The extension's own IndexedDB: extension-origin storage that no content script can read or write, on Chrome and
// Firefox alike (docs/security.md SEC-2, SEC-3). One store of records, each `{ v, value }` under its item's name.

const DB_NAME = 'alfaone-invite';
export const STORE = 'items';

export interface StoredRecord {
  v: number;
  value: unknown;
}

let opening: Promise<IDBPDatabase> | undefined;

/** Opens the database once per context; an install from before it moves its storage.local data in first. */
export function database(): Promise<IDBPDatabase> {
  opening ??= openDB(DB_NAME, 1, {
    upgrade: (db) => void db.createObjectStore(STORE),
  }).then(async (db) => {
    await moveLegacyLocal(db);
    return db;
  });
  return opening;
}

export async function readRecord(name: string): Promise<StoredRecord | undefined> {
  return (await (await database()).get(STORE, name)) as StoredRecord | undefined;
}

export async function writeRecord(name: string, record: StoredRecord): Promise<void> {
  await (await database()).put(STORE, record, name);
}

export async function deleteRecord(name: string): Promise<void> {
  await (await database()).delete(STORE, name);
}

/** Unit tests start each case from an empty database. */
export async function forgetDatabaseForTests(): Promise<void> {
  (await opening)?.close();
  opening = undefined;
}

/** Every record, by name: what the "no side effect" tests compare before and after. */
export async function allRecords(): Promise<Record<string, StoredRecord>> {
  const db = await database();
  const [names, records] = await Promise.all([db.getAllKeys(STORE), db.getAll(STORE)]);
  return Object.fromEntries(names.map((name, i) => [String(name), records[i] as StoredRecord]));
}
