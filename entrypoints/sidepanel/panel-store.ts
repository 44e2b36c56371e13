import { create } from 'zustand';
import type { Candidate } from '@/lib/candidates/candidate';

// What only the side panel keeps: the candidate the page offers when the user has already typed something.

interface PanelState {
  /** The active tab's best candidate, not applied because the user edited the fields. */
  offer: Candidate | null;
}

export const usePanelStore = create<PanelState>()(() => ({ offer: null }));
