import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import type { AssessmentSummary } from '@/lib/messaging/views';
import type { OutboxEntry } from '@/lib/outbox/entry';
import type { BulkRun } from '@/lib/bulk/run-schema';
import { defineItem } from './item';
import type { KeyStatus, OtherKey } from './key-status';
import { migrateOutboxV1 } from '@/lib/outbox/migrate';

// The storage registry: every item the extension keeps, with its version (the key is in api-key.ts, the session
// items in session-items.ts). All live in the extension's IndexedDB, out of every content script's reach
// (docs/security.md SEC-3). Extension pages read and watch them; changes are commands sent to the background.

export type { KeyStatus, OtherKey };

export const NO_KEY: KeyStatus = { configured: false, state: 'none' };

export const keyStatus = defineItem<KeyStatus>('keyStatus', { fallback: NO_KEY, version: 1 });

export const settings = defineItem<Settings>('settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** The last full list of assessments, shown at once when the popup opens (stale-while-revalidate). */
export interface AssessmentsCache {
  baseUrl: string;
  /** The environment of the key it was fetched with (absent before there were two keys: the key in force then). */
  mode?: 'live' | 'test';
  fetchedAt: number;
  assessments: AssessmentSummary[];
}

export const assessmentsCache = defineItem<AssessmentsCache | null>('assessmentsCache', { fallback: null, version: 1 });

/**
 * The cache belongs to the base URL and the environment it was fetched from: another's list is never shown or used
 * (switching keys also clears it; this guards a fetch that was under way at the switch).
 */
export function cachedFor(
  cache: AssessmentsCache | null,
  baseUrl: string,
  mode: 'live' | 'test' | undefined,
): AssessmentsCache | null {
  return cache?.baseUrl === baseUrl && (cache.mode === undefined || cache.mode === mode) ? cache : null;
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
