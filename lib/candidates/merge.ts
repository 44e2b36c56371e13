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
      return c.email ? 1 : 2;
    case 'github-profile':
      return c.email ? 1 : 2;
    case 'linkedin-profile':
      return 2;
    case 'page-heading':
      return 2;
    case 'mailto-link':
      return c.name ? 3 : 4;
    case 'page-text':
    case 'decoded':
      return c.name ? 5 : 6;
  }
}

const FILLABLE = ['email', 'name', 'headline', 'profileUrl'] as const;

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
    if (!seen) {
      byKey.set(key, { ...c });
      continue;
    }
    const [best, other] = candidateRank(c) < candidateRank(seen) ? [c, seen] : [seen, c];
    const merged: Candidate = { ...best };
    for (const field of FILLABLE) {
      const value = other[field];
      if (merged[field] === undefined && value !== undefined) merged[field] = value;
    }
    byKey.set(key, merged);
  }
  return [...byKey.values()].sort((a, b) => candidateRank(a) - candidateRank(b)).slice(0, limit);
}
