import { callBackground } from '@/lib/messaging/call';
import { keyIdOf, type KeyMode } from '@/lib/key/key-format';
import { keyStatus, type KeyStatus } from '@/lib/storage/items';
import type { Slice } from './types';

/** The surface's tabs: the invite form, the recent invites, Follow up (docs/product.md, Follow up). */
export type View = 'invite' | 'recent' | 'follow';

export interface SessionSlice {
  /** null until local storage has answered: nothing is drawn before that. */
  key: KeyStatus | null;
  /** A switch of keys under way (the button waits for it). */
  switching: boolean;
  view: View;
  showView: (view: View) => void;
  /** After a key error from the background: the stored status says what is wrong now. */
  reloadKey: () => Promise<void>;
  /** "Switch to test" / "Switch to live": the other saved key comes into force (docs/product.md, Keys). */
  switchKey: (mode: KeyMode) => Promise<void>;
  /** The status as stored now (this surface's switch, or another surface's): another key means another list. */
  keyChanged: (next: KeyStatus) => void;
}

export const createSessionSlice: Slice<SessionSlice> = (set, get) => ({
  key: null,
  switching: false,
  view: 'invite',
  showView(view) {
    set({ view });
    if (view === 'recent') void get().loadRecent();
    if (view === 'follow') void get().loadFollowUp();
  },
  async reloadKey() {
    get().keyChanged(await keyStatus.getValue());
  },
  async switchKey(mode) {
    set({ switching: true });
    const result = await callBackground('switchApiKey', { mode });
    set({ switching: false });
    if (result.ok) get().keyChanged(result.data);
    else await get().reloadKey();
  },
  keyChanged(next) {
    const before = get().key;
    // A surface opened with no key keeps its prompt until reopened, as before there were two keys: a key saved
    // meanwhile costs no request here (a Firefox sidebar may stay open from install on).
    if (!before?.configured) return;
    set({ key: next });
    if (keyIdOf(before) === keyIdOf(next)) return;
    // Another key in force: the assessments and the recent invites shown were the other environment's. This
    // environment's list comes from its cache at once, when it has one, then from AlfaOne.
    get().setAssessments([], get().recentIds);
    set({ recent: [], recentLoad: 'idle', follow: null, followLoad: 'idle', again: {} });
    void get()
      .showCachedList(next)
      .catch(() => undefined)
      .then(() => (next.state === 'connected' ? get().refreshAssessments() : undefined));
    if (next.state === 'connected' && get().view === 'recent') void get().loadRecent();
    if (next.state === 'connected' && get().view === 'follow') void get().loadFollowUp();
  },
});
