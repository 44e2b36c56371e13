import { describe, expect, it } from 'vitest';
import type { Candidate } from '../candidate';
import { MAX_CANDIDATES } from '../candidate';
import { sourceLabel } from '../source-labels';
import { candidateRank, mergeCandidates } from '../merge';

describe('sourceLabel', () => {
  it.each([
    ['linkedin-contact-info', 'LinkedIn contact info'],
    ['linkedin-profile', 'LinkedIn profile'],
    ['github-profile', 'GitHub profile'],
    ['mailto-link', 'Email link'],
    ['page-text', 'Page text'],
  ] as const)('should label %s as %s', (source, expected) => {
    expect(sourceLabel(source)).toBe(expected);
  });
});

describe('candidateRank', () => {
  it('should order sources from most to least trustworthy', () => {
    const input: Candidate[] = [
      { source: 'page-text', email: 'a@example.com' },
      { source: 'page-text', email: 'b@example.com', name: 'Bo Lee' },
      { source: 'mailto-link', email: 'c@example.com' },
      { source: 'mailto-link', email: 'd@example.com', name: 'Di Ng' },
      { source: 'linkedin-profile', name: 'Ed Po' },
      { source: 'github-profile', email: 'f@example.com', name: 'Fa Yu' },
      { source: 'linkedin-contact-info', email: 'g@example.com', name: 'Gu Li' },
    ];
    const actual = [...input].sort((x, y) => candidateRank(x) - candidateRank(y)).map((c) => c.email ?? c.name);
    expect(actual).toEqual([
      'g@example.com',
      'f@example.com',
      'Ed Po',
      'd@example.com',
      'c@example.com',
      'b@example.com',
      'a@example.com',
    ]);
  });
});

describe('mergeCandidates', () => {
  it('should dedupe by email case-insensitively, keeping the best source and filling its gaps', () => {
    const input: Candidate[] = [
      { source: 'page-text', email: 'Jane@example.com', name: 'Jane Doe' },
      { source: 'linkedin-contact-info', email: 'jane@example.com', headline: 'Engineer' },
    ];
    const expected: Candidate[] = [
      { source: 'linkedin-contact-info', email: 'jane@example.com', headline: 'Engineer', name: 'Jane Doe' },
    ];
    expect(mergeCandidates(input)).toEqual(expected);
  });

  it('should keep a name-only profile candidate next to email candidates', () => {
    const input: Candidate[] = [
      { source: 'page-text', email: 'hello@example.org' },
      { source: 'linkedin-profile', name: 'Alex Rivera', profileUrl: 'https://www.linkedin.com/in/alex/' },
    ];
    const actual = mergeCandidates(input);
    expect(actual.map((c) => c.source)).toEqual(['linkedin-profile', 'page-text']);
  });

  it('should keep page order within a rank', () => {
    const input: Candidate[] = ['c', 'a', 'b'].map((l) => ({ source: 'page-text', email: `${l}@example.com` }));
    expect(mergeCandidates(input).map((c) => c.email)).toEqual(['c@example.com', 'a@example.com', 'b@example.com']);
  });

  it.each([
    [5, 3, 3],
    [MAX_CANDIDATES + 5, undefined, MAX_CANDIDATES],
  ])('should cap %i candidates at %s to %i', (count, limit, expected) => {
    const input: Candidate[] = Array.from({ length: count }, (_, i) => ({
      source: 'page-text',
      email: `p${i}@example.com`,
    }));
    expect(mergeCandidates(input, limit)).toHaveLength(expected);
  });

  it('should not mutate its input', () => {
    const input: Candidate[] = [
      { source: 'mailto-link', email: 'a@example.com' },
      { source: 'page-text', email: 'a@example.com', name: 'Al Bo' },
    ];
    const snapshot = structuredClone(input);
    mergeCandidates(input);
    expect(input).toEqual(snapshot);
  });
});
