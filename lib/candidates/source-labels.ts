import { i18n } from '#i18n';
import type { PlainKey } from '@/lib/i18n/keys';
import type { Candidate, CandidateSource } from './candidate-schema';
import { type Caution, cautionOf } from './prefill';

// The pages' words for where a candidate came from. Apart from candidate.ts, which the content script imports:
// it shows no words and stays free of the i18n module.

const SOURCE_KEYS: Record<CandidateSource, PlainKey> = {
  'linkedin-contact-info': 'source.linkedinContactInfo',
  'linkedin-profile': 'source.linkedinProfile',
  'github-profile': 'source.githubProfile',
  'linkedin-message': 'source.linkedinMessage',
  'gmail-sender': 'source.gmailSender',
  'outlook-sender': 'source.outlookSender',
  'page-heading': 'source.pageHeading',
  'mailto-link': 'source.mailtoLink',
  'page-text': 'source.pageText',
  decoded: 'source.decoded',
};

/** User-facing words for a source: "LinkedIn profile". */
export function sourceLabel(source: CandidateSource): string {
  return i18n.t(SOURCE_KEYS[source]);
}

/** The words the popup shows next to a candidate: where it came from. */
export function provenanceOf(c: Pick<Candidate, 'source' | 'provenance'>): string {
  return c.provenance ?? i18n.t('source.from', { source: sourceLabel(c.source) });
}

const CAUTION_KEYS: Record<Caution, PlainKey> = {
  'role-address': 'source.roleAddress',
  'careers-page': 'source.careersPage',
  'organization-page': 'source.organizationPage',
};

/** "Email link, role address": a candidate's source, with why it was not prefilled when it was not. */
export function offerLabel(c: Pick<Candidate, 'source' | 'email' | 'foundOn'>): string {
  const caution = cautionOf(c);
  return caution ? `${sourceLabel(c.source)}, ${i18n.t(CAUTION_KEYS[caution])}` : sourceLabel(c.source);
}
