import { defineItem } from './item';

/**
 * The AlfaOne API key: the only secret the extension holds. Read and written by the background alone (lint forbids
 * importing this file anywhere else), in the extension's IndexedDB: never storage.sync, never storage.local, which
 * Firefox's content scripts can read (docs/security.md SEC-2, SEC-3).
 */
export const apiKey = defineItem<string | null>('apiKey', { fallback: null, version: 1 });
