import type { Invite, InviteStatus } from '@/lib/api/schemas';
import type { InviteOptions } from '@/lib/settings/settings';
import type { OutboxEntry } from '@/lib/outbox/entry';
import type { Candidate } from '@/lib/candidates/candidate';

// The shapes that cross the messaging boundary besides the protocol's own.

export interface AssessmentSummary {
  id: string;
  name: string;
  questionCount?: number;
  questionFormat?: string;
  answerFormat?: string;
  languages: string[];
}

export interface AssessmentsView {
  assessments: AssessmentSummary[];
  fetchedAt: number | null;
  /** Ids, most recently used first. */
  recentIds: string[];
}

export type { Invite, InviteStatus };

export interface SendInviteRequest {
  assessmentId: string;
  email: string;
  name?: string;
  options: InviteOptions;
  /** The user saw an existing invite and chose "Send anyway". */
  confirmDuplicate: boolean;
}

export type SendInviteOutcome =
  | { status: 'sent'; invite: Invite }
  | { status: 'duplicate'; existing: Invite[] }
  /** Persisted in the outbox and still on its way (offline, rate-limited, retrying). */
  | { status: 'queued'; entry: OutboxEntry };

/** What the invite form opens with when the context menu or a notification opens it. */
export interface FormDraft {
  candidates: Candidate[];
  assessmentId?: string;
}
