import type { Candidate } from '@/lib/candidates/candidate';
import { prefillOf } from '@/lib/candidates/prefill';
import { idleUnlessSending } from './send-slice';
import type { Slice } from './types';

export interface CandidateSlice {
  candidates: Candidate[];
  email: string;
  name: string;
  emailError: string;
  setEmail: (email: string) => void;
  setName: (name: string) => void;
  pickCandidate: (index: number) => void;
  /** What the page (or a draft) offers; fills the fields only when the user has not started on them. */
  offerCandidates: (candidates: Candidate[]) => void;
}

export const createCandidateSlice: Slice<CandidateSlice> = (set, get) => ({
  candidates: [],
  email: '',
  name: '',
  emailError: '',
  setEmail: (email) => set({ email, emailError: '', ...idleUnlessSending(get().send) }),
  setName: (name) => set({ name }),
  pickCandidate(index) {
    const candidate = get().candidates[index];
    if (candidate)
      set({
        email: candidate.email ?? '',
        name: candidate.name ?? '',
        emailError: '',
        ...idleUnlessSending(get().send),
      });
  },
  offerCandidates(candidates) {
    const best = prefillOf(candidates);
    // Email and name come as a pair, and only into a form the user has not started on.
    const untouched = !get().email && !get().name;
    set({ candidates, ...(untouched && best ? { email: best.email ?? '', name: best.name ?? '' } : {}) });
  },
});
