import type { InviteSummary } from './lookup';
import type { FollowUpGroup } from './follow-up';
import type { IndexedInvite } from './record';

// What the surfaces are told about the index and about one candidate (messages; types only).

export interface InviteIndexStatus {
  /** off: no usable key; syncing: the first sync is under way (answers may be incomplete); ready. */
  state: 'off' | 'syncing' | 'ready';
  count: number;
  pagesDone: number;
  totalPages: number | null;
  /** When the newest invites were last fetched. */
  updatedAt: number | null;
}

export interface CandidateInvites extends InviteSummary {
  email: string;
  index: InviteIndexStatus;
}

export interface LocalInviteSearch {
  invites: IndexedInvite[];
  index: InviteIndexStatus;
}

export interface FollowUpView {
  groups: FollowUpGroup[];
  /** Opening the view: when the user had last looked (null: never, or not an opening). Completions after it are new. */
  seenAt: number | null;
  index: InviteIndexStatus;
}
