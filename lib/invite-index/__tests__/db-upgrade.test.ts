import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, expect, it } from 'vitest';
import { closeIndexDb, INDEX_DB_NAME, openIndexDb } from '../db';
import { invitesFor, readState } from '../store';

afterEach(async () => {
  await closeIndexDb();
  indexedDB.deleteDatabase(INDEX_DB_NAME);
});

it('drops a version 2 index (long records) and its sync state, so the sync starts over in the compact form', async () => {
  const old = await openDB(INDEX_DB_NAME, 2, {
    upgrade(db) {
      db.createObjectStore('invites', { keyPath: ['email', 'id'] }).createIndex('bySentAt', 'sentAt');
      db.createObjectStore('meta');
    },
  });
  await old.put('invites', { id: 'inv_1', email: 'ana@example.com', sentAt: '2026-11-30T10:00:00.000Z' });
  await old.put('meta', { owner: 'someone', phase: 'ready' }, 'sync');
  old.close();

  const db = await openIndexDb();
  expect(await db.count('invites')).toBe(0);
  expect(await readState(db)).toBeUndefined();
  expect(await invitesFor(db, 'ana@example.com')).toEqual([]);
  expect([...db.transaction('invites').store.indexNames]).toEqual(['bySentAt', 'byStatus']);
});

it('drops a version 3 index (no Follow up order), so every record is read into the new index by a new sync', async () => {
  const old = await openDB(INDEX_DB_NAME, 3, {
    upgrade(db) {
      db.createObjectStore('meta');
      db.createObjectStore('invites').createIndex('bySentAt', 't');
    },
  });
  await old.put('invites', { e: 'ana@example.com', i: 'inv_1', s: 'completed', t: 1 }, ['k']);
  await old.put('meta', { owner: 'someone', phase: 'ready' }, 'sync');
  old.close();

  const db = await openIndexDb();
  expect(await db.count('invites')).toBe(0);
  expect(await readState(db)).toBeUndefined();
  expect([...db.transaction('invites').store.indexNames]).toEqual(['bySentAt', 'byStatus']);
});
