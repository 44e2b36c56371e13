import { words } from './fold';

// The product's one search order (docs/product.md, Search), for lists searched without a prepared index (the
// invite index's search): the exact name, then names that start with what was typed, then names whose words
// start with every typed word, then anything else that contains the typed text.

export const MATCH_TIERS = { exact: 0, startsWith: 1, wordPrefix: 2, contains: 3 } as const;
export type MatchTier = (typeof MATCH_TIERS)[keyof typeof MATCH_TIERS];

/** A text as its words joined by one space: "Software  Engineer (Go)" and "software engineer go" are the same. */
export const phraseOf = (text: string) => words(text).join(' ');

/** How well one of `names` matches `query` (at least `contains`: the caller has checked that it matches at all). */
export function matchTier(names: readonly string[], query: string): MatchTier {
  const phrase = phraseOf(query);
  const phrases = names.map(phraseOf);
  if (phrases.includes(phrase)) return MATCH_TIERS.exact;
  if (phrases.some((name) => name.startsWith(phrase))) return MATCH_TIERS.startsWith;
  const nameWords = phrases.flatMap((name) => name.split(' '));
  if (words(query).every((term) => nameWords.some((word) => word.startsWith(term)))) return MATCH_TIERS.wordPrefix;
  return MATCH_TIERS.contains;
}
