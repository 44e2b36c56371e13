import type { CandidateSource } from './candidate-schema';

// Plain values about candidates, for the content script and the pages; the shape itself is candidate-schema.ts.
export type { Candidate, CandidateSource } from './candidate-schema';

/** User-facing words for each source. */
export const SOURCE_LABELS: Record<CandidateSource, string> = {
  'linkedin-contact-info': 'LinkedIn contact info',
  'linkedin-profile': 'LinkedIn profile',
  'github-profile': 'GitHub profile',
  'mailto-link': 'Email link',
  'page-text': 'Page text',
};

/** More than this is a directory page, not a candidate: the popup shows at most this many. */
export const MAX_CANDIDATES = 20;
