import { defineItem } from './item';
import { migrateSingleKey, type SavedKeys } from './saved-keys';

/**
 * The AlfaOne API keys, live and test, and which one is in force: the only secrets the extension holds. Read and
 * written by the background alone (lint forbids importing this file anywhere else), in the extension's IndexedDB:
 * never storage.sync, never storage.local, which Firefox's content scripts can read (docs/security.md SEC-2, SEC-3).
 * The record keeps its old name; version 1 held one key (saved-keys.ts moves it).
 */
export const apiKey = defineItem<SavedKeys | null>('apiKey', {
  fallback: null,
  version: 2,
  migrations: { 2: migrateSingleKey },
});

/** The key every request is made with: the one in force. */
export const inForce = (keys: SavedKeys | null): string | null => (keys ? (keys[keys.inForce] ?? null) : null);

export async function keyInForce(): Promise<string | null> {
  return inForce(await apiKey.getValue());
}
