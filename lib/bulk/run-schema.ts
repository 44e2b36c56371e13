import { z } from 'zod';
import { isValidEmail } from '@/lib/email/extract';
import { inviteOptionsSchema } from '@/lib/api/schemas';
import { MAX_BULK_LINES, MAX_NAME_LENGTH } from './limits';
import { cleanName } from './name';

// A bulk run: asked for by the bulk page (startBulkRun), kept by the background in storage, read back with this
// schema before use (docs/security.md SEC-8, MSG-4).

const lineNumber = z.number().int().min(1).max(1_000_000);
/** A `resend` line's live invites the user saw at review: only an invite not among them stops it (REL-7). */
const knownInviteIdsSchema = z.array(z.string().min(1).max(100)).max(50).optional();

export const startBulkLineSchema = z
  .strictObject({
    line: lineNumber,
    text: z.string().max(300),
    email: z.string().trim().max(254).optional(),
    name: z.string().trim().max(MAX_NAME_LENGTH).optional(),
    /** `resend`: already invited, and the user chose this line anyway. */
    action: z.enum(['send', 'resend', 'skip']),
    note: z.string().max(300).optional(),
    knownInviteIds: knownInviteIdsSchema,
  })
  .refine(
    (l) => l.action === 'skip' || (l.email !== undefined && isValidEmail(l.email)),
    'Each line to send needs a valid email address',
  )
  .refine(
    (l) => l.action === 'skip' || l.name === undefined || cleanName(l.name).name === l.name,
    'A name must be plain text',
  );

export const startBulkRunSchema = z.strictObject({
  assessmentId: z.uuid(),
  options: inviteOptionsSchema,
  lines: z.array(startBulkLineSchema).min(1).max(MAX_BULK_LINES),
});

export const bulkLineStateSchema = z.enum([
  'pending',
  'handing',
  'waiting',
  'sent',
  'already-invited',
  'failed',
  'skipped',
  'cancelled',
]);

export const bulkRunLineSchema = z.strictObject({
  line: lineNumber,
  text: z.string().max(300),
  email: z.string().max(254).optional(),
  name: z.string().max(MAX_NAME_LENGTH).optional(),
  action: z.enum(['send', 'resend', 'skip']),
  state: bulkLineStateSchema,
  note: z.string().max(600).optional(),
  knownInviteIds: knownInviteIdsSchema,
  /** The outbox entry carrying this line's invite, once handed over. */
  entryId: z.string().max(100).optional(),
  /** Set before the outbox is asked: a restarted worker knows the line may already be there. */
  handedAt: z.number().optional(),
  expiresAt: z.string().max(100).optional(),
  finishedAt: z.number().optional(),
});

export const bulkRunSchema = z.strictObject({
  id: z.uuid(),
  assessmentId: z.uuid(),
  assessmentName: z.string().max(500).optional(),
  options: inviteOptionsSchema,
  status: z.enum(['running', 'paused', 'finished']),
  /** Why the background paused it by itself (a key AlfaOne refused, say). */
  pauseReason: z.string().max(600).optional(),
  /**
   * The key it was started under, as the outbox records one (a hash prefix, never the key) and its environment: no
   * line goes out under another key (docs/security.md REL-10). Absent only in a run stored by an older version.
   */
  keyId: z.string().max(64).optional(),
  keyEnv: z.enum(['live', 'test']).optional(),
  /** Paused by itself because another key is in force: it goes on by itself once its own key is back. */
  pausedForKey: z.boolean().optional(),
  createdAt: z.number(),
  cancelledAt: z.number().optional(),
  finishedAt: z.number().optional(),
  lines: z.array(bulkRunLineSchema).max(MAX_BULK_LINES),
});

export type StartBulkLine = z.infer<typeof startBulkLineSchema>;
export type StartBulkRunRequest = z.infer<typeof startBulkRunSchema>;
export type BulkLineState = z.infer<typeof bulkLineStateSchema>;
export type BulkRunLine = z.infer<typeof bulkRunLineSchema>;
export type BulkRun = z.infer<typeof bulkRunSchema>;

export type BulkRunAction = 'pause' | 'resume' | 'cancel' | 'dismiss';
