import { keyStatus, type KeyStatus } from '@/lib/storage/items';
import type { Slice } from './types';

export interface SessionSlice {
  /** null until local storage has answered: nothing is drawn before that. */
  key: KeyStatus | null;
  view: 'invite' | 'recent';
  showView: (view: 'invite' | 'recent') => void;
  /** After a key error from the background: the stored status says what is wrong now. */
  reloadKey: () => Promise<void>;
}

export const createSessionSlice: Slice<SessionSlice> = (set, get) => ({
  key: null,
  view: 'invite',
  showView(view) {
    set({ view });
    if (view === 'recent') void get().loadRecent();
  },
  async reloadKey() {
    set({ key: await keyStatus.getValue() });
  },
});
