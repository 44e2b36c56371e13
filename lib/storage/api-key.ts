import { storage } from 'wxt/utils/storage';

/**
 * The AlfaOne API key: the only secret the extension holds. Read and written by the background alone
 * (lint forbids importing this file anywhere else). `local` only, never `sync` (security.md SEC-2);
 * the background locks `local` to trusted contexts at start-up (SEC-3).
 */
export const apiKey = storage.defineItem<string | null>('local:apiKey', { fallback: null });
