import { describe, expect, it } from 'vitest';
import { words } from '@/lib/search/fold';
import { createSearchIndex } from '@/lib/search/search-index';

const item = (id: string, name: string) => ({ id, name });
const items = [
  item('a', 'Senior Backend Engineer (Go)'),
  item('b', 'Backend Engineer (Node.js)'),
  item('c', 'José — Customer Success Manager'),
  item('d', 'Frontend Engineer (React)'),
  item('e', 'Data Analyst: SQL screening'),
  item('f', 'Go-to-market Lead'),
];
const index = createSearchIndex(items, (a) => a.name);
const ids = (query: string, recent: string[] = []) => index.search(query, recent).map((a) => a.id);

describe('search index', () => {
  it('matches word prefixes, every word, in any order', () => {
    expect(ids('back eng')).toEqual(['b', 'a']);
    expect(ids('eng back')).toEqual(['b', 'a']);
    expect(ids('node')).toEqual(['b']);
    expect(ids('ackend')).toEqual([]);
  });

  it('ignores accents and case, both ways', () => {
    expect(ids('jose')).toEqual(['c']);
    expect(ids('JOSÉ')).toEqual(['c']);
    expect(
      createSearchIndex([item('x', 'jose')], (a) => a.name)
        .search('José', [])
        .map((a) => a.id),
    ).toEqual(['x']);
  });

  it('puts whole words, first words and names that start with the query first', () => {
    // "go" is a whole word in a and f, f starts with it.
    expect(ids('go')).toEqual(['f', 'a']);
    // "backend" is the first word of b, the second of a.
    expect(ids('backend')).toEqual(['b', 'a']);
  });

  it('breaks ties by recent use, then by the list order', () => {
    expect(ids('engineer')).toEqual(['a', 'b', 'd']);
    expect(ids('engineer', ['d', 'a'])).toEqual(['d', 'a', 'b']);
    // Recency never lifts a weaker match over a better one.
    expect(ids('backend', ['a'])).toEqual(['b', 'a']);
  });

  it('lists the recently used first, in their order, on an empty query', () => {
    expect(ids('', ['e', 'c', 'gone'])).toEqual(['e', 'c', 'a', 'b', 'd', 'f']);
    expect(ids('  ', [])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('finds nothing for a word nothing starts with, and copes with punctuation-only queries', () => {
    expect(ids('zzz')).toEqual([]);
    expect(ids('—')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('answers at 2,000 names with the same results as a scan', () => {
    const many = Array.from({ length: 2000 }, (_, i) => item(String(i), `Role ${i % 97} Level ${i % 13} Zürich ${i}`));
    const big = createSearchIndex(many, (a) => a.name);
    const found = big.search('zur role 4', []).map((a) => a.id);
    const scanned = many
      .filter((a) => ['zur', 'role', '4'].every((q) => words(a.name).some((w) => w.startsWith(q))))
      .map((a) => a.id);
    expect(found.length).toBeGreaterThan(100);
    expect(new Set(found)).toEqual(new Set(scanned));
  });

  it('gives the same answers whether its tables were prepared ahead or built on the first query', () => {
    const ahead = createSearchIndex(items, (a) => a.name);
    ahead.prepare();
    for (const query of ['go', 'back eng', 'jose', ''])
      expect(ahead.search(query, ['d'])).toEqual(index.search(query, ['d']));
  });
});
