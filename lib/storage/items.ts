import { DEFAULT_SETTINGS, type InviteOptions, type Settings } from '@/lib/settings/settings';
import type { AssessmentSummary } from '@/lib/messaging/views';
import type { OutboxEntry } from '@/lib/outbox/entry';
import type { BulkRun } from '@/lib/bulk/run-schema';
import { defineItem } from './item';
import type { KeyStatus, OtherKey } from './key-status';
import { migrateOutboxV1 } from '@/lib/outbox/migrate';
import { DEFAULT_NOTIFICATION_PREFS, type NotificationPrefs } from '@/lib/follow-up/notification-prefs';

// The storage registry: every item the extension keeps, with its version (the key is in api-key.ts, the session
// items in session-items.ts). All live in the extension's IndexedDB, out of every content script's reach
// (docs/security.md SEC-3). Extension pages read and watch them; changes are commands sent to the background.

export type { KeyStatus, OtherKey };

export const NO_KEY: KeyStatus = { configured: false, state: 'none' };

export const keyStatus = defineItem<KeyStatus>('keyStatus', { fallback: NO_KEY, version: 1 });

export const settings = defineItem<Settings>('settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** The last full list of assessments of one key, shown at once when a page opens (stale-while-revalidate). */
export interface CachedAssessments {
  baseUrl: string;
  /** The last 4 of the key it was fetched with: a list is only ever that key's (another may be another org's). */
  last4: string;
  fetchedAt: number;
  assessments: AssessmentSummary[];
}

/** Which key a list must belong to: its environment and last 4, as the key status says (SEC-5). */
export interface ListOwner {
  mode?: 'live' | 'test';
  last4?: string;
}

/**
 * One list per environment: a switch between the two saved keys shows the other environment's list at once, and
 * never this one's. A key replaced or removed takes its list along (key-service.ts), and a list is used only for
 * the key it was fetched with, even if a fetch under way at a change wrote it late.
 */
export type AssessmentsCache = Partial<Record<'live' | 'test', CachedAssessments>>;

export const assessmentsCache = defineItem<AssessmentsCache>('assessmentsCache', {
  fallback: {},
  version: 2,
  // Version 1 held one list without the key it belonged to: dropped, fetched again.
  migrations: { 2: () => ({}) },
});

/** `owner`'s list, if it was fetched from `baseUrl`: another key's is never shown or used. */
export function cachedFor(cache: AssessmentsCache, baseUrl: string, owner: ListOwner): CachedAssessments | null {
  const list = listOf(cache, owner);
  return list?.baseUrl === baseUrl ? list : null;
}

/** The list of `owner`'s environment, if that key fetched it. */
function listOf(cache: AssessmentsCache, owner: ListOwner): CachedAssessments | undefined {
  const list = owner.mode ? cache[owner.mode] : undefined;
  return list?.last4 === owner.last4 ? list : undefined;
}

/** An assessment's name, from the list of the key it belongs to. */
export function cachedName(cache: AssessmentsCache, owner: ListOwner, assessmentId: string): string | undefined {
  return listOf(cache, owner)?.assessments.find((a) => a.id === assessmentId)?.name;
}

/** Assessment ids, most recently used first. */
export const recentAssessmentIds = defineItem<string[]>('recentAssessmentIds', { fallback: [], version: 1 });

/** Invites asked for and not yet settled, plus the last settled ones (the recent invites), newest first. */
export const outbox = defineItem<OutboxEntry[]>('outbox', {
  fallback: [],
  version: 2,
  migrations: { 2: migrateOutboxV1 },
});

/** Test builds only (lib/outbox/timing.ts): one end-to-end test lengthens the outbox's settle period. */
export const testSettleMs = defineItem<number | null>('testSettleMs', { fallback: null, version: 1 });

/** The bulk run under way or last finished: the background carries it on with its page closed and after a restart. */
export const bulkRun = defineItem<BulkRun | null>('bulkRun', { fallback: null, version: 1 });

/** When the user last opened Follow up: completions since are marked new (docs/product.md, Follow up). */
export const followUpSeenAt = defineItem<number | null>('followUpSeenAt', { fallback: null, version: 1 });

/** Which status changes are told by a notification (options page). */
export const notificationPrefs = defineItem<NotificationPrefs>('notificationPrefs', {
  fallback: DEFAULT_NOTIFICATION_PREFS,
  version: 1,
});

/** Test builds only (lib/outbox/timing.ts): one end-to-end test shortens the live-status refresh period. */
export const testLiveRefreshMs = defineItem<number | null>('testLiveRefreshMs', { fallback: null, version: 1 });

/**
 * Invite options remembered for one assessment ("Remember for {assessment}"): its sends start from them; the global
 * defaults in settings stay the fallback (docs/product.md, Per-assessment defaults).
 */
export type AssessmentDefaults = Record<string, { name: string; options: InviteOptions }>;
export const assessmentDefaults = defineItem<AssessmentDefaults>('assessmentDefaults', { fallback: {}, version: 1 });
