import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installStorageChecks } from '@/lib/storage/checks';
import { forgetDatabaseForTests } from '@/lib/storage/db';

// Every unit test: the extension's IndexedDB empty (fake-indexeddb, an in-memory implementation of the standard),
// reads checked as the background checks them, and storage.local with the access lock Chrome has had since 102
// (WXT's fake browser lacks the method; the test of the fail-closed path removes it again).
installStorageChecks();

beforeEach(async () => {
  await forgetDatabaseForTests();
  globalThis.indexedDB = new IDBFactory();
  Object.assign(fakeBrowser.storage.local, { setAccessLevel: async () => undefined });
});
