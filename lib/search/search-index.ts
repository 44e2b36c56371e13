import { words } from './fold';
import { phraseOf } from './match-tier';

// A word-prefix index, built once per list (per cache refresh), so a keystroke looks words up instead of
// scanning every name: a sorted word table plus, per word, where it occurs. Hand-written rather than a search
// library: it is this one page of code, adds nothing to the popup's bundle budget, and ranks the way the product
// asks (docs/product.md, Search): the exact name, then names that start with what was typed, then word prefixes;
// the recently used break ties within each, then whole words and first words, then the list order.

interface Hit {
  item: number;
  position: number;
}

/** How well an item matches, best first (docs/product.md, Search). */
const Tier = { Exact: 0, StartsWith: 1, WordPrefix: 2 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

export interface SearchIndex<T> {
  /** Items whose words start with every word of `query`, best first; the recently used break ties. */
  search(query: string, recentIds: readonly string[]): T[];
  /** Builds the tables now (they are otherwise built on the first non-empty query), e.g. once the page is idle. */
  prepare(): void;
}

/**
 * The index over `items`; the word tables are built once, when first needed, so an empty query never waits.
 * `text` gives an item's name, or its several names (an invite: the candidate's name, address and assessment):
 * each is matched on its own for the exact and starts-with tiers.
 */
export function createSearchIndex<T extends { id: string }>(
  items: readonly T[],
  text: (item: T) => string | readonly string[],
): SearchIndex<T> {
  let built: ReturnType<typeof build> | undefined;
  function build() {
    const postings = new Map<string, Hit[]>();
    const phrases = items.map((item, index) => {
      const names = text(item);
      const list = typeof names === 'string' ? [names] : names;
      for (const name of list)
        words(name).forEach((word, position) => {
          const hits = postings.get(word) ?? [];
          if (!hits.length) postings.set(word, hits);
          hits.push({ item: index, position });
        });
      return list.map(phraseOf);
    });
    return { postings, phrases, table: [...postings.keys()].sort() };
  }

  /** Best score of each item that has a word starting with `prefix`. */
  function lookup(prefix: string): Map<number, number> {
    const { table, postings } = (built ??= build());
    const scores = new Map<number, number>();
    for (let i = lowerBound(table, prefix); i < table.length && table[i]!.startsWith(prefix); i++) {
      const word = table[i]!;
      for (const { item, position } of postings.get(word)!) {
        const score = (word === prefix ? 3 : 2) + (position === 0 ? 1 : 0);
        if (score > (scores.get(item) ?? 0)) scores.set(item, score);
      }
    }
    return scores;
  }

  function tierOf(item: number, phrase: string): Tier {
    const names = built!.phrases[item]!;
    if (names.includes(phrase)) return Tier.Exact;
    // "Go" starts "Go-to-market Lead" but not "Gold": the typed words, the last one possibly unfinished.
    if (names.some((name) => name.startsWith(phrase))) return Tier.StartsWith;
    return Tier.WordPrefix;
  }

  return {
    prepare() {
      built ??= build();
    },
    search(query, recentIds) {
      const recency = new Map(recentIds.map((id, rank) => [id, rank]));
      const recent = (index: number) => recency.get(items[index]!.id) ?? Infinity;
      const terms = [...new Set(words(query))];
      if (!terms.length) {
        const order = items.map((_, index) => index);
        return order.sort((a, b) => recent(a) - recent(b) || a - b).map((index) => items[index]!);
      }
      // Start from the rarest term's matches, then keep only items that every other term matches too.
      const [first, ...rest] = terms.map(lookup).sort((a, b) => a.size - b.size);
      const total = new Map(first);
      for (const scores of rest) {
        for (const [item, score] of total) {
          const other = scores.get(item);
          if (other === undefined) total.delete(item);
          else total.set(item, score + other);
        }
      }
      const phrase = phraseOf(query);
      const tiers = new Map([...total.keys()].map((item) => [item, tierOf(item, phrase)]));
      return [...total.keys()]
        .sort(
          (a, b) => tiers.get(a)! - tiers.get(b)! || recent(a) - recent(b) || total.get(b)! - total.get(a)! || a - b,
        )
        .map((index) => items[index]!);
    },
  };
}

/** First index whose word is ≥ `key` in a sorted table. */
function lowerBound(table: readonly string[], key: string): number {
  let low = 0;
  let high = table.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (table[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
