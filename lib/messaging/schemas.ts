import { z } from 'zod';
import { inviteStatusSchema } from '@/lib/api/schemas';
import { inviteOptionsSchema, settingsSchema } from '@/lib/settings/settings-schema';
import { isValidEmail } from '@/lib/email/extract';
import { MAX_CANDIDATES } from '@/lib/candidates/candidate';
import { MAX_BULK_LINES } from '@/lib/bulk/limits';
import { startBulkRunSchema } from '@/lib/bulk/run-schema';
import type { MessageType } from './protocol';

// The payload schema of every message (security.md MSG-4): closed, strict, bounded. Background only.

const email = z.string().trim().max(254).refine(isValidEmail, 'Enter a valid email address');
const uuid = z.uuid();
const shortText = z.string().max(300);

const candidateSchema = z.strictObject({
  email: email.optional(),
  name: shortText.optional(),
  source: z.enum([
    'linkedin-contact-info',
    'linkedin-profile',
    'github-profile',
    'linkedin-message',
    'gmail-sender',
    'outlook-sender',
    'page-heading',
    'mailto-link',
    'page-text',
    'decoded',
  ]),
  headline: shortText.optional(),
  profileUrl: z.url({ protocol: /^https$/ }).max(500).optional(),
  provenance: shortText.optional(),
});

const none = z.undefined().or(z.null()).optional();

export const messageSchemas: Record<MessageType, z.ZodType> = {
  getKeyStatus: none,
  saveApiKey: z.strictObject({ apiKey: z.string().max(200) }),
  removeApiKey: none,
  recheckApiKey: none,
  getSettings: none,
  saveSettings: settingsSchema,
  listAssessments: z.strictObject({ refresh: z.boolean() }),
  listRecentInvites: z.strictObject({ status: inviteStatusSchema.optional() }),
  findExistingInvites: z.strictObject({ assessmentId: uuid, email }),
  sendInvite: z.strictObject({
    assessmentId: uuid,
    email,
    name: z.string().trim().max(200).optional(),
    options: inviteOptionsSchema,
    confirmDuplicate: z.boolean(),
  }),
  cancelQueuedInvite: z.strictObject({ id: uuid }),
  sendHeldInvite: z.strictObject({ id: uuid }),
  lookupCandidateInvites: z.strictObject({ email }),
  searchLocalInvites: z.strictObject({ query: z.string().max(200), limit: z.number().int().min(1).max(1000) }),
  getInviteIndexStatus: none,
  clearLocalInviteData: none,
  takeFormDraft: none,
  checkBulkInvites: z.strictObject({ assessmentId: uuid, emails: z.array(email).max(MAX_BULK_LINES) }),
  startBulkRun: startBulkRunSchema,
  controlBulkRun: z.strictObject({ id: uuid, action: z.enum(['pause', 'resume', 'cancel', 'dismiss']) }),
  openBulkPage: z.strictObject({ candidates: z.array(candidateSchema).max(MAX_CANDIDATES) }),
  takeBulkDraft: none,
  reportCandidates: z.strictObject({ candidates: z.array(candidateSchema).max(MAX_CANDIDATES) }),
  getTabCandidates: z.strictObject({ tabId: z.number().int().nonnegative() }),
};
