import type { Candidate } from './candidate';
import { MAX_CANDIDATES } from './candidate';

/**
 * Lower is better. A profile's own person (even without an email) outranks addresses that merely
 * appear on the page: prefilling the wrong person's address is worse than prefilling none.
 */
export function candidateRank(c: Candidate): number {
  switch (c.source) {
    case 'linkedin-contact-info':
    case 'gmail-sender':
    case 'outlook-sender':
      return 0;
    case 'linkedin-message':
    case 'github-profile':
      return c.email ? 1 : 2;
    case 'linkedin-profile':
    case 'page-heading':
      return 2;
    case 'mailto-link':
      return c.name ? 3 : 4;
    case 'page-text':
    case 'decoded':
      return c.name ? 5 : 6;
  }
}

/** The fields a candidate's other finds may fill in. */
export const FILLABLE = ['email', 'name', 'headline', 'profileUrl'] as const;

function keyOf(c: Candidate): string {
  return c.email ? c.email.toLowerCase() : `${c.source} ${c.profileUrl ?? c.name ?? ''}`;
}

/**
 * Dedupes by email (case-insensitive), keeping the best-ranked source and filling its missing
 * fields from the others, then sorts best first (stable: page order within a rank) and caps.
 */
export function mergeCandidates(candidates: readonly Candidate[], limit = MAX_CANDIDATES): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = keyOf(c);
    const seen = byKey.get(key);
    const [best, other] = !seen || candidateRank(c) < candidateRank(seen) ? [c, seen] : [seen, c];
    const merged: Candidate = { ...best };
    for (const field of FILLABLE) if (merged[field] === undefined && other?.[field]) merged[field] = other[field];
    byKey.set(key, merged);
  }
  return [...byKey.values()].sort((a, b) => candidateRank(a) - candidateRank(b)).slice(0, limit);
}
