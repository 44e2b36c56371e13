import { z } from 'zod';
import { createInviteInputSchema, inviteSchema } from '@/lib/api/schemas';
import type { ErrorKind } from '@/lib/api/errors';

// An invite the user asked for, persisted before the first attempt so nothing is lost and nothing is sent twice
// (docs/security.md REL-5, REL-6, REL-10). This schema is the one definition of an outbox entry.

export const OUTBOX_STATES = [
  'queued',
  'sending',
  'checking',
  'held',
  'sent',
  'duplicate',
  'failed',
  'cancelled',
] as const;

const problemSchema = z.object({
  kind: z.custom<ErrorKind>((v) => typeof v === 'string'),
  message: z.string(),
  action: z.string(),
  status: z.number().optional(),
  retryAfterMs: z.number().optional(),
});

export const outboxEntrySchema = z.object({
  id: z.string(),
  /** One send at a time per (assessment, lowercased email). */
  key: z.string(),
  body: createInviteInputSchema,
  assessmentName: z.string().optional(),
  /** `bulk`: one line of a bulk run, reported by the run as a whole rather than one notification each. */
  origin: z.enum(['popup', 'context-menu', 'bulk']),
  /** The environment and identity (a hash prefix, never the key) of the key it was asked under (REL-10). */
  keyEnv: z.enum(['live', 'test']).optional(),
  keyId: z.string(),
  /** Look for a live invite before the first POST; off once the user chose "Send anyway". */
  checkDuplicates: z.boolean(),
  /**
   * queued: the next step is a POST (after the duplicate check) · sending: a POST is out · checking: a POST may have
   * reached AlfaOne, reconcile at `nextAt` · held: waits for the user · the rest are settled.
   */
  state: z.enum(OUTBOX_STATES),
  createdAt: z.number(),
  /** When the next step is due; for `sending`, when a stopped worker's entry is looked for. Every unsettled entry
   *  but a held one has an alarm at this time (REL-11). */
  nextAt: z.number(),
  /** POSTs made so far. */
  posts: z.number().int(),
  /** Failed steps in a row: drives the backoff and the point where the entry gives up. */
  tries: z.number().int(),
  /** When the last POST started, by this machine's clock. */
  postedAt: z.number().optional(),
  /** The server's clock (its `Date` header) just before the last POST: an invite sent from then on is ours (REL-5). */
  serverFloor: z.number().optional(),
  /** Live invites there before a confirmed "Send anyway": never taken for this entry's own. */
  preexistingIds: z.array(z.string()).default([]),
  /** A POST may have reached AlfaOne and nobody has looked since: no other POST before reconcile has (REL-5). */
  unsure: z.boolean(),
  /** Why a held entry waits: its key was replaced or removed, AlfaOne refused the key, or no host permission. */
  hold: z.enum(['key-changed', 'key-refused', 'permission']).optional(),
  lastError: problemSchema.optional(),
  invite: inviteSchema.optional(),
  existing: z.array(inviteSchema).optional(),
  /** Report the outcome with a notification (no popup is waiting for it). */
  notify: z.boolean(),
  finishedAt: z.number().optional(),
});

export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
export type OutboxState = OutboxEntry['state'];
export type OutboxProblem = z.infer<typeof problemSchema>;
