import { callBackground } from '@/lib/messaging/call';
import type { ErrorInfo } from '@/lib/api/errors';
import type { Invite, InviteStatus } from '@/lib/messaging/views';
import type { Load, Slice } from './types';

export interface RecentSlice {
  recent: Invite[];
  recentLoad: Load;
  recentError: ErrorInfo | null;
  recentFilter: InviteStatus | '';
  loadRecent: (filter?: InviteStatus | '') => Promise<void>;
}

export const createRecentSlice: Slice<RecentSlice> = (set, get) => ({
  recent: [],
  recentLoad: 'idle',
  recentError: null,
  recentFilter: '',
  async loadRecent(filter = get().recentFilter) {
    set({ recentFilter: filter, recentLoad: 'loading', recentError: null });
    const result = await callBackground('listRecentInvites', filter ? { status: filter } : {});
    // A reply for a filter the user has since changed is not shown.
    if (get().recentFilter !== filter) return;
    if (result.ok) set({ recent: result.data, recentLoad: 'ready' });
    else set({ recentLoad: 'error', recentError: result.error });
  },
});
