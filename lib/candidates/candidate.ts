/** Where a candidate was found; drives ranking and the popup's "found on" label. */
export type CandidateSource =
  | 'linkedin-contact-info'
  | 'linkedin-profile'
  | 'github-profile'
  | 'linkedin-message'
  | 'gmail-sender'
  | 'outlook-sender'
  | 'page-heading'
  | 'mailto-link'
  | 'page-text'
  | 'decoded';

/** A person the recruiter may want to invite. Profile candidates may carry a name and no email. */
export interface Candidate {
  email?: string;
  name?: string;
  source: CandidateSource;
  headline?: string;
  profileUrl?: string;
  /** Said next to the candidate instead of the source's label when the source alone would mislead ("Decoded from …"). */
  provenance?: string;
}

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
