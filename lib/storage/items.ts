import { storage } from 'wxt/utils/storage';
import type { ErrorInfo } from '@/lib/api/errors';
import type { KeyMode } from '@/lib/key/key-format';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import type { AssessmentSummary } from '@/lib/messaging/views';
import type { OutboxEntry } from '@/lib/outbox/entry';
import type { BulkRun } from '@/lib/bulk/run-schema';

// Every storage item but the key (lib/storage/api-key.ts), defined once. Extension pages may read these;
// content scripts cannot (storage.local is locked to trusted contexts).

/** What may be known about the key outside the background: never more than its last 4 characters (SEC-5). */
export interface KeyStatus {
  configured: boolean;
  mode?: KeyMode;
  last4?: string;
  /** `needs-attention`: AlfaOne refused the key; no call is made with it until it is replaced. */
  state: 'none' | 'connected' | 'needs-attention';
  problem?: ErrorInfo;
  verifiedAt?: number;
}

export const NO_KEY: KeyStatus = { configured: false, state: 'none' };

export const keyStatus = storage.defineItem<KeyStatus>('local:keyStatus', { fallback: NO_KEY, version: 1 });

export const settings = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** The last full list of assessments, shown at once when the popup opens (stale-while-revalidate). */
export interface AssessmentsCache {
  baseUrl: string;
  fetchedAt: number;
  assessments: AssessmentSummary[];
}

export const assessmentsCache = storage.defineItem<AssessmentsCache | null>('local:assessmentsCache', {
  fallback: null,
  version: 1,
});

/** Assessment ids, most recently used first. */
export const recentAssessmentIds = storage.defineItem<string[]>('local:recentAssessmentIds', { fallback: [], version: 1 });

/** Invites asked for and not yet settled, plus the last settled ones, newest first. */
export const outbox = storage.defineItem<OutboxEntry[]>('local:outbox', { fallback: [], version: 1 });

/** The bulk run under way or last finished: the background carries it on with its page closed and after a restart. */
export const bulkRun = storage.defineItem<BulkRun | null>('local:bulkRun', { fallback: null, version: 1 });
