import type { InviteStatus } from '@/lib/api/schemas';

// Where the sync stands, persisted with the index so a restarted worker resumes where it stopped.

export interface LiveRefresh {
  round: number;
  /** Index into LIVE_STATUSES of the list being paged, then the stale ids being read one by one. */
  statusIndex: number;
  page: number;
  /** Live invites the lists did not show this round: each is read by id. */
  stale?: Array<[string, string]>;
}

export interface SyncState {
  /** Whose invites these are: a digest of the API base URL and key. Another owner clears the index. */
  owner: string;
  phase: 'initial' | 'ready';
  /** First sync: the next page of `GET /invites?sort=sent_at&order=asc`. */
  nextPage: number;
  totalPages: number | null;
  /** The newest `sentAt` the sync has seen: incremental updates fetch what is newer. */
  newestSentAt: string | null;
  /** Incremental update under way: the next page of the newest-first list. */
  incrementalPage: number | null;
  /** The newest `sentAt` the incremental update under way has seen (it becomes `newestSentAt` when done). */
  incrementalNewest: string | null;
  lastIncrementalAt: number;
  lastLiveRefreshAt: number;
  live: LiveRefresh | null;
  round: number;
  /** When the first sync began: changes made during it are caught by the first live round after it. */
  startedAt: number | null;
  completedAt: number | null;
  requests: number;
  /**
   * How many invites of each status the index holds, kept by every commit (sync-step.ts): the Follow up view's
   * counts without counting 50,000 index entries (follow-up-read.ts). Absent in a state written without them.
   */
  counts?: Record<string, number>;
}

export function freshState(owner: string): SyncState {
  return {
    owner,
    phase: 'initial',
    nextPage: 1,
    totalPages: null,
    newestSentAt: null,
    incrementalPage: null,
    incrementalNewest: null,
    lastIncrementalAt: 0,
    lastLiveRefreshAt: 0,
    live: null,
    round: 0,
    startedAt: null,
    completedAt: null,
    requests: 0,
    counts: {},
  };
}

export type { InviteStatus };
