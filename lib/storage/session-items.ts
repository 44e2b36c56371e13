import { storage } from 'wxt/utils/storage';
import type { Candidate } from '@/lib/candidates/candidate';
import type { FormDraft } from '@/lib/messaging/views';

// The storage registry's session items: storage.session, cleared when the browser closes, and readable only by
// the extension's own contexts by default on Chrome and Firefox (docs/security.md SEC-3). WXT's items, each with
// its version and a migration hook (`migrations`) for when its shape changes.

/** Request times of the one rate budget (docs/security.md REL-3): a restarted background keeps counting. */
export const rateLog = storage.defineItem<number[]>('session:rateLog', { fallback: [], version: 1, migrations: {} });

/** After a 429, nothing goes out before this time, from any tab or surface. */
export const rateHoldUntil = storage.defineItem<number>('session:rateHoldUntil', {
  fallback: 0,
  version: 1,
  migrations: {},
});

/**
 * Candidates found on a tab, so a restarted background loses nothing. Version 1 left implicit: a declared version
 * makes WXT write a metadata key per tab, which would outlive the tab.
 */
export const tabCandidates = (tabId: number) =>
  storage.defineItem<Candidate[] | null>(`session:candidates:${tabId}`, { fallback: null });

/**
 * What the page menu item showed, newest version last (a few kept: a menu stays open while the page changes). Its
 * items' ids carry the version, so a click sends to exactly the candidate its title named (context-menus/).
 */
export interface PageMenuShown {
  version: number;
  tabId: number;
  candidates: Candidate[];
}
export const pageMenuShown = storage.defineItem<PageMenuShown[]>('session:pageMenuShown', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** "Invite everyone on this page": the candidates the bulk page opens with; read once (never in its URL). */
export const bulkDraft = storage.defineItem<Candidate[] | null>('session:bulkDraft', {
  fallback: null,
  version: 1,
  migrations: {},
});

/** What the invite form window opens with; read once. */
export const formDraft = storage.defineItem<FormDraft | null>('session:formDraft', {
  fallback: null,
  version: 1,
  migrations: {},
});

/**
 * Whether storage.local is locked to the extension's own contexts (Chrome's second wall, docs/security.md SEC-3):
 * `unavailable` means the lock could not be set, and the extension refuses to work until it can (fails closed).
 * Firefox cannot lock storage.local; nothing privileged is kept there (`not-applicable`).
 */
export type StorageWall = 'locked' | 'unavailable' | 'not-applicable';

export const storageWall = storage.defineItem<StorageWall | null>('session:storageWall', {
  fallback: null,
  version: 1,
  migrations: {},
});
