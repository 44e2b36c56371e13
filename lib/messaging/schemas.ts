import { z } from 'zod';
import { assessmentIdSchema, inviteOptionsSchema, inviteStatusSchema } from '@/lib/api/schemas';
import { MAX_BULK_LINES } from '@/lib/bulk/limits';
import { startBulkRunSchema } from '@/lib/bulk/run-schema';
import { candidateListSchema, emailSchema } from '@/lib/candidates/candidate-schema';
import { settingsSchema } from '@/lib/settings/settings-schema';
import { notificationPrefsSchema } from '@/lib/follow-up/notification-prefs-schema';
import { sendInviteRequestSchema } from './views';

// The payload schema of every message (docs/security.md MSG-4): closed, strict, bounded. Background only: the
// protocol takes its payload types from here with `import type`. The background looks a type up as an own key
// of this table (MSG-8).

const none = z.undefined().or(z.null()).optional();
const keyMode = z.enum(['live', 'test']);

const table = {
  getKeyStatus: none,
  saveApiKey: z.strictObject({ apiKey: z.string().max(200) }),
  /** No payload: the key in force ("Remove key"); a mode: that environment's key. */
  removeApiKey: none.or(z.strictObject({ mode: keyMode })),
  switchApiKey: z.strictObject({ mode: keyMode }),
  recheckApiKey: none,
  getSettings: none,
  saveSettings: settingsSchema,
  saveNotificationPrefs: notificationPrefsSchema,
  /** `options` null: the assessment's remembered defaults are removed. */
  saveAssessmentDefaults: z.strictObject({
    assessmentId: assessmentIdSchema,
    name: z.string().max(500),
    options: inviteOptionsSchema.nullable(),
  }),
  listAssessments: z.strictObject({ refresh: z.boolean() }),
  listRecentInvites: z.strictObject({ status: inviteStatusSchema.optional() }),
  sendInvite: sendInviteRequestSchema,
  cancelQueuedInvite: z.strictObject({ id: z.uuid() }),
  sendHeldInvite: z.strictObject({ id: z.uuid() }),
  lookupCandidateInvites: z.strictObject({ email: emailSchema }),
  searchLocalInvites: z.strictObject({ query: z.string().max(200), limit: z.number().int().min(1).max(1000) }),
  /** `opening`: the view opens now (the background answers the last look's time and records this one). */
  listFollowUp: z.strictObject({ query: z.string().max(200), opening: z.boolean() }),
  inviteAgain: z.strictObject({ inviteId: z.string().min(1).max(100), email: emailSchema }),
  getInviteIndexStatus: none,
  clearLocalInviteData: none,
  takeFormDraft: none,
  checkBulkInvites: z.strictObject({
    assessmentId: assessmentIdSchema,
    emails: z.array(emailSchema).max(MAX_BULK_LINES),
  }),
  startBulkRun: startBulkRunSchema,
  controlBulkRun: z.strictObject({ id: z.uuid(), action: z.enum(['pause', 'resume', 'cancel', 'dismiss']) }),
  openBulkPage: z.strictObject({ candidates: candidateListSchema }),
  takeBulkDraft: none,
  reportCandidates: z.strictObject({ candidates: candidateListSchema }),
  getTabCandidates: z.strictObject({ tabId: z.number().int().nonnegative() }),
};

type Table = typeof table;
/** What a handler receives: the payload as its schema leaves it (trimmed, cleaned). */
export type MessageData<T extends keyof Table> = z.output<Table[T]>;
/** What a sender writes. */
export type MessageInput<T extends keyof Table> = z.input<Table[T]>;

/** The table typed per message, so `messageSchemas[type]` parses to that message's own payload type. */
export const messageSchemas: { [T in keyof Table]: z.ZodType<MessageData<T>, MessageInput<T>> } = table;
