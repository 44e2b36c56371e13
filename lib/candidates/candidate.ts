import type { Candidate, CandidateSource } from './candidate-schema';

// Plain values about candidates, for the content script and the pages; the shape itself is candidate-schema.ts.
export type { Candidate, CandidateSource } from './candidate-schema';

/** User-facing words for each source. */
export const SOURCE_LABELS: Record<CandidateSource, string> = {
  'linkedin-contact-info': 'LinkedIn contact info',
  'linkedin-profile': 'LinkedIn profile',
  'github-profile': 'GitHub profile',
  'linkedin-message': 'LinkedIn message',
  'gmail-sender': 'Gmail sender',
  'outlook-sender': 'Outlook sender',
  'page-heading': 'Page heading',
  'mailto-link': 'Email link',
  'page-text': 'Page text',
  decoded: 'Decoded address',
};

/** The words the popup shows next to a candidate: where it came from. */
export function provenanceOf(c: Pick<Candidate, 'source' | 'provenance'>): string {
  return c.provenance ?? `From ${SOURCE_LABELS[c.source]}`;
}

/** More than this is a directory page, not a candidate: the popup shows at most this many. */
export const MAX_CANDIDATES = 20;
