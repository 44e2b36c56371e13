import { create } from 'zustand';
import { createAssessmentsSlice } from './state/assessments-slice';
import { createCandidateSlice } from './state/candidate-slice';
import { createFollowSlice } from './state/follow-slice';
import { createRecentSlice } from './state/recent-slice';
import { createSendSlice } from './state/send-slice';
import { createSessionSlice } from './state/session-slice';
import type { PopupState } from './state/types';

export type { SendState } from './state/send-slice';

/** One store; components subscribe with a selector to the fields they draw, so a write re-renders only them. */
export const usePopupStore = create<PopupState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createAssessmentsSlice(...a),
  ...createCandidateSlice(...a),
  ...createSendSlice(...a),
  ...createRecentSlice(...a),
  ...createFollowSlice(...a),
}));
