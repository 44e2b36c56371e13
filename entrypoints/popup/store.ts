import { create } from 'zustand';
import { browser } from 'wxt/browser';
import type { Candidate } from '@/lib/candidates/candidate';
import { isValidEmail } from '@/lib/email/extract';
import { callBackground } from '@/lib/messaging/call';
import { isKeyError, type ErrorInfo } from '@/lib/api/errors';
import type { AssessmentSummary, Invite, InviteStatus } from '@/lib/messaging/views';
import { DEFAULT_SETTINGS, type InviteOptions } from '@/lib/settings/settings';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { assessmentsCache, cachedFor, keyStatus, outbox, recentAssessmentIds, settings, type KeyStatus } from '@/lib/storage/items';

type Load = 'idle' | 'loading' | 'ready' | 'error';
export type SendState =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'sent'; invite: Invite }
  | { status: 'duplicate'; existing: Invite[]; afterConfirm: boolean }
  | { status: 'queued'; entryId: string }
  | { status: 'error'; error: ErrorInfo };

interface PopupState {
  key: KeyStatus | null;
  assessments: AssessmentSummary[];
  recentIds: string[];
  assessmentsLoad: Load;
  assessmentsError: ErrorInfo | null;
  query: string;
  selectedId: string | null;
  candidates: Candidate[];
  email: string;
  name: string;
  emailError: string;
  options: InviteOptions;
  send: SendState;
  view: 'invite' | 'recent';
  recent: Invite[];
  recentLoad: Load;
  recentError: ErrorInfo | null;
  recentFilter: InviteStatus | '';
  /** The outbox as stored: what waits to be sent, and what was settled last. */
  outbox: OutboxEntry[];

  init: () => Promise<void>;
  refreshAssessments: () => Promise<void>;
  setQuery: (query: string) => void;
  select: (id: string) => void;
  setEmail: (email: string) => void;
  setName: (name: string) => void;
  pickCandidate: (index: number) => void;
  setOptions: (options: InviteOptions) => void;
  sendInvite: (confirmDuplicate?: boolean) => Promise<void>;
  dismissOutcome: () => void;
  showView: (view: 'invite' | 'recent') => void;
  loadRecent: (filter?: InviteStatus | '') => Promise<void>;
  cancelQueued: (id: string) => Promise<void>;
}

const initial = {
  key: null,
  assessments: [],
  recentIds: [],
  assessmentsLoad: 'idle' as Load,
  assessmentsError: null,
  query: '',
  selectedId: null,
  candidates: [],
  email: '',
  name: '',
  emailError: '',
  options: DEFAULT_SETTINGS.inviteDefaults,
  send: { status: 'idle' } as SendState,
  view: 'invite' as const,
  recent: [],
  recentLoad: 'idle' as Load,
  recentError: null,
  recentFilter: '' as const,
  outbox: [] as OutboxEntry[],
};

export const usePopupStore = create<PopupState>()((set, get) => ({
  ...initial,

  async init() {
    // The candidate is read from the page at once, alongside local storage: it is what the user waits for.
    const params = new URLSearchParams(location.search);
    const prefill = params.has('draft') ? loadDraft() : loadCandidates().then((candidates) => ({ candidates, assessmentId: undefined }));
    // Everything the first render needs comes from local storage: no network before it (stale-while-revalidate).
    const [key, cache, recentIds, current, entries] = await Promise.all([
      keyStatus.getValue(),
      assessmentsCache.getValue(),
      recentAssessmentIds.getValue(),
      settings.getValue(),
      outbox.getValue(),
    ]);
    // The outbox changes as the background works through it: mirror it, so queued invites show their state.
    outbox.watch((next) => set({ outbox: next }));
    const assessments = cachedFor(cache, current.baseUrl)?.assessments ?? [];
    set({
      key,
      assessments,
      recentIds,
      options: current.inviteDefaults,
      selectedId: pickDefault(assessments, recentIds, get().selectedId),
      assessmentsLoad: assessments.length ? 'ready' : 'idle',
      outbox: entries,
    });
    // The same form opens as the toolbar popup, or in a window from the context menu or a notification.
    if (params.get('view') === 'recent') get().showView('recent');
    void prefill.then(
      ({ candidates, assessmentId }) => {
        const best = candidates.find((c) => c.email) ?? candidates[0];
        // Email and name come as a pair, and only into a form the user has not started on.
        const untouched = !get().email && !get().name;
        set({ candidates, ...(untouched && best ? { email: best.email ?? '', name: best.name ?? '' } : {}) });
        if (assessmentId) set({ selectedId: assessmentId });
      },
    );
    // Revalidate only once the cached list is on screen.
    if (key.state === 'connected') await afterPaint().then(() => get().refreshAssessments());
  },

  async refreshAssessments() {
    set({ assessmentsLoad: get().assessments.length ? 'ready' : 'loading', assessmentsError: null });
    const result = await callBackground('listAssessments', { refresh: true });
    if (result.ok) {
      const { assessments, recentIds } = result.data;
      set({ assessments, recentIds, assessmentsLoad: 'ready', selectedId: pickDefault(assessments, recentIds, get().selectedId) });
    } else {
      set({ assessmentsLoad: 'error', assessmentsError: result.error });
      if (isKeyError(result.error.kind)) set({ key: await keyStatus.getValue() });
    }
  },

  setQuery: (query) => set({ query }),
  // A new choice clears the last outcome, but never the state of a send still under way.
  select: (selectedId) => set({ selectedId, ...idleUnlessSending(get().send) }),
  setEmail: (email) => set({ email, emailError: '', ...idleUnlessSending(get().send) }),
  setName: (name) => set({ name }),
  pickCandidate(index) {
    const candidate = get().candidates[index];
    if (candidate) set({ email: candidate.email ?? '', name: candidate.name ?? '', emailError: '', ...idleUnlessSending(get().send) });
  },
  setOptions: (options) => set({ options }),

  async sendInvite(confirmDuplicate = false) {
    const { send, email, name, selectedId, options } = get();
    // One send at a time from this popup; the background also keeps one per candidate across popups.
    if (send.status === 'sending') return;
    if (!isValidEmail(email.trim())) {
      set({ emailError: 'Enter a valid email address, like name@example.com.' });
      return;
    }
    if (!selectedId) {
      set({ send: { status: 'error', error: { kind: 'invalid-input', message: 'Choose an assessment.', action: 'Pick one from the list.' } } });
      return;
    }
    set({ send: { status: 'sending' } });
    const result = await callBackground('sendInvite', {
      assessmentId: selectedId,
      email: email.trim(),
      name: name.trim() || undefined,
      options,
      confirmDuplicate,
    });
    if (!result.ok) {
      set({ send: { status: 'error', error: result.error } });
      if (isKeyError(result.error.kind)) set({ key: await keyStatus.getValue() });
      return;
    }
    const outcome = result.data;
    if (outcome.status === 'sent') {
      set({ send: { status: 'sent', invite: outcome.invite }, recentIds: [selectedId, ...get().recentIds.filter((id) => id !== selectedId)] });
    } else if (outcome.status === 'queued') {
      set({ send: { status: 'queued', entryId: outcome.entry.id } });
    } else {
      set({ send: { status: 'duplicate', existing: outcome.existing, afterConfirm: confirmDuplicate } });
    }
  },

  async cancelQueued(id) {
    const result = await callBackground('cancelQueuedInvite', { id });
    if (!result.ok) set({ send: { status: 'error', error: result.error } });
  },

  dismissOutcome: () => set({ send: { status: 'idle' } }),

  showView(view) {
    set({ view });
    if (view === 'recent') void get().loadRecent();
  },

  async loadRecent(filter = get().recentFilter) {
    set({ recentFilter: filter, recentLoad: 'loading', recentError: null });
    const result = await callBackground('listRecentInvites', filter ? { status: filter } : {});
    // A reply for a filter the user has since changed is not shown.
    if (get().recentFilter !== filter) return;
    if (result.ok) set({ recent: result.data, recentLoad: 'ready' });
    else set({ recentLoad: 'error', recentError: result.error });
  },
}));

function idleUnlessSending(send: SendState): Partial<PopupState> {
  return send.status === 'sending' ? {} : { send: { status: 'idle' } };
}

/** Keeps the user's choice; otherwise the most recently used assessment that still exists. */
function pickDefault(assessments: AssessmentSummary[], recentIds: string[], current: string | null): string | null {
  if (current && assessments.some((a) => a.id === current)) return current;
  return recentIds.find((id) => assessments.some((a) => a.id === id)) ?? null;
}

/** Resolves after the next frame is painted. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function loadDraft(): Promise<{ candidates: Candidate[]; assessmentId?: string }> {
  const result = await callBackground('takeFormDraft');
  return result.ok && result.data ? result.data : { candidates: [] };
}

async function loadCandidates(): Promise<Candidate[]> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (tab?.id === undefined) return [];
  const result = await callBackground('getTabCandidates', { tabId: tab.id });
  return result.ok ? result.data : [];
}
