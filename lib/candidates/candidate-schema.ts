import { z } from 'zod';
import { isValidEmail } from '@/lib/email/extract';
import { cleanName } from './clean-name';
import { MAX_CANDIDATES } from './candidate';

// The one definition of a candidate (docs/security.md MSG-4, SEC-8): what a content script reports, what the
// background stores per tab and reads back. The content script imports the types only, so zod stays out of it.

export const emailSchema = z.string().trim().max(254).refine(isValidEmail, 'Enter a valid email address');
/** Names are cleaned on the way in (SEC-9), then bounded as AlfaOne bounds `recipientName`. */
export const nameSchema = z.string().max(300).transform(cleanName).pipe(z.string().max(200));
const shortText = z.string().max(300);

/** Where a candidate was found; drives ranking and the popup's "found on" label. */
export const candidateSourceSchema = z.enum([
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
]);

/** A page about no candidate (a careers page, an organization's profile, blog or contact page): its addresses are its own. */
export const foundOnSchema = z.enum(['careers-page', 'organization-page']);

export const candidateSchema = z.strictObject({
  email: emailSchema.optional(),
  name: nameSchema.optional(),
  source: candidateSourceSchema,
  headline: shortText.transform(cleanName).optional(),
  profileUrl: z
    .url({ protocol: /^https$/ })
    .max(500)
    .optional(),
  /** Said next to the candidate instead of the source's label when the source alone would mislead ("Decoded from …"). */
  provenance: shortText.transform(cleanName).optional(),
  /** Never prefilled, only offered, with what the page is (lib/candidates/prefill.ts). */
  foundOn: foundOnSchema.optional(),
});

export const candidateListSchema = z.array(candidateSchema).max(MAX_CANDIDATES);

export type CandidateSource = z.infer<typeof candidateSourceSchema>;
export type FoundOn = z.infer<typeof foundOnSchema>;
/** A person the recruiter may want to invite. Profile candidates may carry a name and no email. */
export type Candidate = z.infer<typeof candidateSchema>;
