import type { StateCreator } from 'zustand';
import type { AssessmentsSlice } from './assessments-slice';
import type { CandidateSlice } from './candidate-slice';
import type { FollowSlice } from './follow-slice';
import type { RecentSlice } from './recent-slice';
import type { SendSlice } from './send-slice';
import type { SessionSlice } from './session-slice';

export type Load = 'idle' | 'loading' | 'ready' | 'error';

/** The popup's whole state: one store, one slice per concern; components select only what they show. */
export type PopupState = SessionSlice & AssessmentsSlice & CandidateSlice & SendSlice & RecentSlice & FollowSlice;

export type Slice<T> = StateCreator<PopupState, [], [], T>;
