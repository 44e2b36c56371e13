import { callBackground } from '@/lib/messaging/call';
import type { ErrorInfo } from '@/lib/api/errors';
import type { FollowUpGroupName, FollowUpRow } from '@/lib/invite-index/follow-up';
import type { FollowUpView } from '@/lib/invite-index/status';
import type { SendInviteOutcome } from '@/lib/messaging/views';
import type { Load, Slice } from './types';

/** One "Invite again" of this view: under way, or its outcome. */
export type AgainState = { status: 'sending' } | SendInviteOutcome | { status: 'error'; error: ErrorInfo };

export interface FollowSlice {
  follow: FollowUpView | null;
  followLoad: Load;
  followError: ErrorInfo | null;
  followQuery: string;
  /** The group to show first (a notification about it opened the view). */
  followGroup: FollowUpGroupName | null;
  /** When the user had last looked before this visit: completions after it are marked new. */
  followSeenAt: number | null;
  /** By invite id: what "Invite again" did on this visit. */
  again: Record<string, AgainState>;
  /** Reads the groups from the local index (no request to AlfaOne). */
  loadFollowUp: (query?: string) => Promise<void>;
  inviteAgain: (row: FollowUpRow) => Promise<void>;
}

export const createFollowSlice: Slice<FollowSlice> = (set, get) => ({
  follow: null,
  followLoad: 'idle',
  followError: null,
  followQuery: '',
  followGroup: null,
  followSeenAt: null,
  again: {},
  async loadFollowUp(query = get().followQuery) {
    set({ followQuery: query, followLoad: 'loading', followError: null });
    // The first look of this visit is recorded; later reads keep marking what was new when the view opened.
    const opening = get().follow === null;
    const result = await callBackground('listFollowUp', { query, opening });
    if (result.ok && opening) set({ followSeenAt: result.data.seenAt });
    // A reply for a query the user has since changed is not shown.
    if (get().followQuery !== query) return;
    if (result.ok) set({ follow: result.data, followLoad: 'ready' });
    else set({ followLoad: 'error', followError: result.error });
  },
  async inviteAgain(row) {
    if (get().again[row.id]) return;
    set({ again: { ...get().again, [row.id]: { status: 'sending' } } });
    const result = await callBackground('inviteAgain', { inviteId: row.id, email: row.recipientEmail });
    const outcome: AgainState = result.ok ? result.data : { status: 'error', error: result.error };
    set({ again: { ...get().again, [row.id]: outcome } });
  },
});
