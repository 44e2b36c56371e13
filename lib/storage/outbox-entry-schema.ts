import { z } from 'zod';
import { createInviteInputSchema, inviteSchema } from '@/lib/api/schemas';
import type { ResultError } from '@/lib/messaging/result';
import type { OutboxEntry } from '@/lib/outbox/entry';

// An outbox entry as read back from storage (docs/security.md SEC-8): only what the background itself writes fits.

const resultErrorSchema = z.strictObject({
  kind: z.custom<ResultError['kind']>((kind) => typeof kind === 'string' && kind.length <= 40),
  message: z.string().max(500),
  action: z.string().max(500),
  status: z.number().int().optional(),
  retryAfterMs: z.number().optional(),
});

export const outboxEntrySchema: z.ZodType<OutboxEntry> = z.strictObject({
  id: z.uuid(),
  key: z.string().max(400),
  body: createInviteInputSchema,
  assessmentName: z.string().max(300).optional(),
  origin: z.enum(['popup', 'context-menu', 'bulk']),
  keyMode: z.enum(['live', 'test']).optional(),
  checkDuplicates: z.boolean(),
  state: z.enum(['queued', 'sending', 'sent', 'duplicate', 'failed', 'cancelled']),
  createdAt: z.number(),
  attempts: z.number().int().nonnegative(),
  tries: z.number().int().nonnegative(),
  firstAttemptAt: z.number().optional(),
  preexistingIds: z.array(z.string().max(100)).max(100).optional(),
  mustReconcile: z.boolean(),
  nextAttemptAt: z.number(),
  blocked: z.boolean().optional(),
  lastError: resultErrorSchema.optional(),
  invite: inviteSchema.optional(),
  existing: z.array(inviteSchema).max(100).optional(),
  notify: z.boolean(),
  finishedAt: z.number().optional(),
});
