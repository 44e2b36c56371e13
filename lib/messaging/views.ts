import { z } from 'zod';
import { assessmentIdSchema, FORMATS, inviteOptionsSchema, type Invite, type InviteStatus } from '@/lib/api/schemas';
import { candidateListSchema, emailSchema, nameSchema } from '@/lib/candidates/candidate-schema';
import type { OutboxEntry } from '@/lib/outbox/entry';

// The shapes that cross the messaging boundary besides the protocol's own, each defined once as a schema
// (docs/security.md MSG-4, SEC-8). Pages and the content script import the types only.

export const assessmentSummarySchema = z.strictObject({
  id: assessmentIdSchema,
  name: z.string(),
  questionCount: z.number().int().nonnegative().optional(),
  questionFormat: z.enum(FORMATS).optional(),
  answerFormat: z.enum(FORMATS).optional(),
  languages: z.array(z.string()),
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export interface AssessmentsView {
  assessments: AssessmentSummary[];
  fetchedAt: number | null;
  /** Ids, most recently used first. */
  recentIds: string[];
}

export type { Invite, InviteStatus };

/** One invite to send, from the popup or the context menu alike: the same checks for both. */
export const sendInviteRequestSchema = z.strictObject({
  assessmentId: assessmentIdSchema,
  email: emailSchema,
  name: nameSchema.optional(),
  options: inviteOptionsSchema,
  /** The user saw an existing invite and chose "Send anyway". */
  confirmDuplicate: z.boolean(),
});
export type SendInviteRequest = z.infer<typeof sendInviteRequestSchema>;

export type SendInviteOutcome =
  | { status: 'sent'; invite: Invite }
  | { status: 'duplicate'; existing: Invite[] }
  /** Persisted in the outbox and still on its way (offline, rate-limited, retrying). */
  | { status: 'queued'; entry: OutboxEntry };

/** What the invite form opens with when the context menu or a notification opens it. */
export const formDraftSchema = z.strictObject({
  candidates: candidateListSchema,
  assessmentId: assessmentIdSchema.optional(),
});
export type FormDraft = z.infer<typeof formDraftSchema>;
