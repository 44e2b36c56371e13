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

describe('search index: the exact name first (docs/product.md, Search)', () => {
  // The names a real organization has: one assessment, then its copies numbered as they were made, newest first.
  const numbered = [
    ...Array.from({ length: 25 }, (_, i) => item(`n${25 - i}`, `Software Engineer Assessment #${25 - i}`)),
    item('exact', 'Software Engineer Assessment'),
    item('senior', 'Senior Software Engineer Assessment'),
    item('pre', 'Software Engineer Assessment (Python) — Pre-screen'),
  ];
  const copies = createSearchIndex(numbered, (a) => a.name);
  const found = (query: string, recent: string[] = []) => copies.search(query, recent).map((a) => a.id);

  it('should put the exact name first, then names that start with it, then word prefixes', () => {
    const actual = found('Software Engineer Assessment');
    expect(actual[0]).toBe('exact');
    expect(actual.slice(1, 27)).toEqual([...numbered.slice(0, 25).map((a) => a.id), 'pre']);
    expect(actual.at(-1)).toBe('senior');
  });

  it.each([
    ['case, accents and spacing', 'software   engineer ASSESSMENT '],
    ['punctuation', 'software-engineer assessment'],
  ])('should ignore %s when matching the exact name', (_, query) => {
    expect(found(query)[0]).toBe('exact');
  });

  it('should let the recently used break ties within a tier, never across tiers', () => {
    expect(found('Software Engineer Assessment', ['n3', 'senior'])).toMatchObject({
      0: 'exact',
      1: 'n3',
      2: 'n25',
    });
    expect(found('Software Engineer Assessment', ['senior']).at(-1)).toBe('senior');
    expect(found('software eng', ['n7'])[0]).toBe('n7');
  });

  it('should match each of several names of an item (an invite: person, address, assessment)', () => {
    const invites = [
      { id: 'i1', fields: ['Ana Gómez', 'ana@example.com', 'Backend Engineer (Go) #2'] },
      { id: 'i2', fields: ['Juan Ana', 'juan@example.com', 'Backend Engineer (Go)'] },
      { id: 'i3', fields: ['Anabel Ruiz', 'anabel@example.com', 'Data Analyst'] },
    ];
    const index = createSearchIndex(invites, (i) => i.fields);
    expect(index.search('ana gomez', []).map((i) => i.id)).toEqual(['i1']);
    expect(index.search('ana', []).map((i) => i.id)).toEqual(['i1', 'i3', 'i2']);
    expect(index.search('backend engineer go', []).map((i) => i.id)).toEqual(['i2', 'i1']);
  });
});
