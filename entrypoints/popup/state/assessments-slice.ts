import { callBackground } from '@/lib/messaging/call';
import { isKeyError, type ErrorInfo } from '@/lib/api/errors';
import { keyIdOf } from '@/lib/key/key-format';
import type { AssessmentSummary } from '@/lib/messaging/views';
import { assessmentsCache, cachedFor, settings, type KeyStatus } from '@/lib/storage/items';
import { createSearchIndex, type SearchIndex } from '@/lib/search/search-index';
import { idleUnlessSending } from './send-slice';
import type { Load, Slice } from './types';

export interface AssessmentsSlice {
  assessments: AssessmentSummary[];
  /** Built once per list (cache read or refresh), not per keystroke. */
  searchIndex: SearchIndex<AssessmentSummary>;
  recentIds: string[];
  assessmentsLoad: Load;
  assessmentsError: ErrorInfo | null;
  query: string;
  selectedId: string | null;
  /** Sets the list (from the cache or AlfaOne), keeping the user's choice when it still exists. */
  setAssessments: (assessments: AssessmentSummary[], recentIds: string[]) => void;
  /** The cached list of `mode`'s environment, if there is one (after a switch of keys). */
  showCachedList: (owner: KeyStatus) => Promise<void>;
  refreshAssessments: () => Promise<void>;
  setQuery: (query: string) => void;
  select: (id: string) => void;
}

export const createAssessmentsSlice: Slice<AssessmentsSlice> = (set, get) => ({
  assessments: [],
  searchIndex: createSearchIndex([], byName),
  recentIds: [],
  assessmentsLoad: 'idle',
  assessmentsError: null,
  query: '',
  selectedId: null,

  setAssessments(assessments, recentIds) {
    set({
      assessments,
      searchIndex: createSearchIndex(assessments, byName),
      recentIds,
      selectedId: pickDefault(assessments, recentIds, get().selectedId),
      assessmentsLoad: assessments.length ? 'ready' : get().assessmentsLoad,
    });
  },

  async showCachedList(owner) {
    const [cache, current] = await Promise.all([assessmentsCache.getValue(), settings.getValue()]);
    const list = cachedFor(cache, current.baseUrl, owner);
    if (list && keyIdOf(get().key) === keyIdOf(owner)) get().setAssessments(list.assessments, get().recentIds);
  },

  async refreshAssessments() {
    set({ assessmentsLoad: get().assessments.length ? 'ready' : 'loading', assessmentsError: null });
    const result = await callBackground('listAssessments', { refresh: true });
    if (result.ok) {
      get().setAssessments(result.data.assessments, result.data.recentIds);
      set({ assessmentsLoad: 'ready' });
    } else {
      set({ assessmentsLoad: 'error', assessmentsError: result.error });
      if (isKeyError(result.error.kind)) await get().reloadKey();
    }
  },

  setQuery: (query) => set({ query }),
  // A new choice clears the last outcome, but never the state of a send still under way.
  select: (selectedId) => set({ selectedId, ...idleUnlessSending(get().send) }),
});

const byName = (a: AssessmentSummary) => a.name;

/** Keeps the user's choice; otherwise the most recently used assessment that still exists. */
function pickDefault(assessments: AssessmentSummary[], recentIds: string[], current: string | null): string | null {
  const ids = new Set(assessments.map((a) => a.id));
  if (current && ids.has(current)) return current;
  return recentIds.find((id) => ids.has(id)) ?? null;
}
