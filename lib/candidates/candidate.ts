// Plain values about candidates, for the content script and the pages; the shape itself is candidate-schema.ts.
export type { Candidate, CandidateSource } from './candidate-schema';

/** More than this is a directory page, not a candidate: the popup shows at most this many. */
export const MAX_CANDIDATES = 20;
