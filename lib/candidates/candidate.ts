/** Where a candidate was found; drives ranking and the popup's "found on" label. */
export type CandidateSource =
  | 'linkedin-contact-info'
  | 'linkedin-profile'
  | 'github-profile'
  | 'mailto-link'
  | 'page-text';

/** A person the recruiter may want to invite. Profile candidates may carry a name and no email. */
export interface Candidate {
  email?: string;
  name?: string;
  source: CandidateSource;
  headline?: string;
  profileUrl?: string;
}

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
