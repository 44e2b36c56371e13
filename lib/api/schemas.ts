import { z } from 'zod';
import { INVITE_LIMITS } from './invite-limits';

// Response shapes of AlfaOne API v1 (docs/api.md §4–§6), tolerant of what its versions disagree on (§9).

const dateTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO-8601 date-time');
const id = z.string().min(1);
/** An id that may become a path segment: never a dot-segment or anything that leaves the endpoint (MSG-4). */
export const ID_FORMAT = /^[A-Za-z0-9_-]{1,100}$/;
/** The one check of an assessment id, for AlfaOne's answers and for every request alike (UUIDs today). */
export const assessmentIdSchema = z.string().regex(ID_FORMAT, 'Not an AlfaOne id');

export const INVITE_STATUSES = ['pending', 'accepted', 'started', 'completed', 'expired', 'revoked'] as const;
export const inviteStatusSchema = z.enum(INVITE_STATUSES);
export const FORMATS = ['text', 'audio', 'video', 'mixed'] as const;

export const paginationSchema = z.object({
  page: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
  totalPages: z.number().int(),
});

export const assessmentSchema = z.object({
  id: assessmentIdSchema,
  name: z.string(),
  defaultQuestionFormat: z.enum(FORMATS).optional(),
  defaultAnswerFormat: z.enum(FORMATS).optional(),
  languages: z.array(z.string()).default([]),
  questionCount: z.number().int().nonnegative().optional(),
  inviteCount: z.number().int().nonnegative().optional(),
  createdAt: dateTime.optional(),
  updatedAt: dateTime.optional(),
  totalPoints: z.number().optional(),
});

export const proctoringSettingsSchema = z.object({
  screenRecording: z.boolean(),
  webcamMonitoring: z.boolean(),
  requireIdCapture: z.boolean(),
});

export const inviteSchema = z.object({
  id,
  assessmentId: id,
  assessmentName: z.string(),
  recipientEmail: z.string(),
  recipientName: z.string().nullish(),
  // §9 #6: missing from some documented payloads. A status this version does not know is kept as it came: shown as
  // it is, never a reason to fail a read or a send (docs/security.md REL-5, docs/product.md Duplicates).
  status: inviteStatusSchema.or(z.string().min(1)).optional(),
  questionReplayLimit: z.number().int().optional(),
  answerRecordLimit: z.number().int().optional(),
  sentAt: dateTime,
  expiresAt: dateTime,
  acceptedAt: dateTime.nullish(),
  startedAt: dateTime.nullish(),
  completedAt: dateTime.nullish(),
  // §9 #8: detail-only fields.
  assignedGrader: z
    .object({ id: z.string(), firstName: z.string(), lastName: z.string(), email: z.string() })
    .nullish(),
  proctoringSettings: proctoringSettingsSchema.partial().nullish(),
  customMessage: z.string().nullish(),
  revokedAt: dateTime.nullish(),
});

export const assessmentListSchema = z.object({
  assessments: z.array(assessmentSchema),
  pagination: paginationSchema.optional(),
});

export const inviteListSchema = z.object({
  invites: z.array(inviteSchema),
  pagination: paginationSchema.optional(),
});

/** §9 #7: a single object comes bare or wrapped (`{"invite": …}`); accept both. */
export function singleOrWrapped<T extends z.ZodType>(key: string, schema: T) {
  return z.preprocess(
    (body) =>
      body !== null && typeof body === 'object' && key in body ? (body as Record<string, unknown>)[key] : body,
    schema,
  );
}

export const errorBodySchema = z.object({ error: z.string() });

/** An invite's options within AlfaOne's bounds (docs/api.md §5.4): the one place they are written. */
const limit = ({ min, max }: { min: number; max: number }) => z.number().int().min(min).max(max);
export const inviteOptionsSchema = z.strictObject({
  questionReplayLimit: limit(INVITE_LIMITS.questionReplayLimit),
  answerRecordLimit: limit(INVITE_LIMITS.answerRecordLimit),
  expiresInDays: limit(INVITE_LIMITS.expiresInDays),
  proctoringSettings: proctoringSettingsSchema.strict(),
});
const bounds = inviteOptionsSchema.shape;

/** The body of POST /invites (docs/api.md §5.4). `recipientName` is undocumented but echoed back. */
export const createInviteInputSchema = z.strictObject({
  assessmentId: assessmentIdSchema,
  recipientEmail: z.string().max(254),
  recipientName: z.string().trim().min(1).max(200).optional(),
  questionReplayLimit: bounds.questionReplayLimit.optional(),
  answerRecordLimit: bounds.answerRecordLimit.optional(),
  expiresInDays: bounds.expiresInDays.optional(),
  proctoringSettings: proctoringSettingsSchema.partial().strict().optional(),
});

export type Pagination = z.infer<typeof paginationSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Invite = z.infer<typeof inviteSchema>;
export type InviteStatus = z.infer<typeof inviteStatusSchema>;
export type ProctoringSettings = z.infer<typeof proctoringSettingsSchema>;
export type CreateInviteInput = z.infer<typeof createInviteInputSchema>;
export type InviteOptions = z.infer<typeof inviteOptionsSchema>;
