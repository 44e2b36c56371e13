/** Wire shapes from docs/api.md (§5.1, §6.1) plus the sandbox's stored records. */

export const INVITE_STATUSES = ['pending', 'accepted', 'started', 'completed', 'expired', 'revoked'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

export const CONTENT_FORMATS = ['text', 'audio', 'video', 'mixed'] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];

export interface Org {
  id: string;
  name: string;
}

/** List item of GET /assessments. */
export interface Assessment {
  id: string;
  name: string;
  defaultQuestionFormat: ContentFormat;
  defaultAnswerFormat: ContentFormat;
  languages: string[];
  questionCount: number;
  inviteCount: number;
  createdAt: string;
  updatedAt: string;
}

/** GET /assessments/{id} adds totalPoints. */
export interface AssessmentDetail extends Assessment {
  totalPoints: number;
}

export interface ProctoringSettings {
  screenRecording: boolean;
  webcamMonitoring: boolean;
  requireIdCapture: boolean;
}

export interface Grader {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

/** List and create item. `status` is optional because legacy mode omits it (§9 #6). */
export interface InviteSummary {
  id: string;
  assessmentId: string;
  assessmentName: string;
  recipientEmail: string;
  recipientName: string | null;
  status?: InviteStatus;
  questionReplayLimit: number;
  answerRecordLimit: number;
  sentAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
}

/** GET /invites/{id}: everything, including the detail-only fields. */
export interface InviteDetail extends InviteSummary {
  status: InviteStatus;
  assignedGrader: Grader | null;
  proctoringSettings: ProctoringSettings;
  customMessage: string | null;
  revokedAt: string | null;
}

/** Records as the sandbox keeps them: the detail shape plus the owning org. */
export interface StoredAssessment extends AssessmentDetail {
  orgId: string;
}

export interface StoredInvite extends InviteDetail {
  orgId: string;
}
