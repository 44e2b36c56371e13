import { describe, expect, it } from 'vitest';
import { parseCandidatesText } from '../parse-text';

const one = (text: string) => parseCandidatesText(text).lines[0]!;

describe('parseCandidatesText', () => {
  it.each([
    ['jane@example.com', 'jane@example.com', undefined],
    ['Jane Doe <jane@example.com>', 'jane@example.com', 'Jane Doe'],
    ['"Doe, Jane" <jane@example.com>', 'jane@example.com', 'Doe, Jane'],
    ['jane@example.com, Jane Doe', 'jane@example.com', 'Jane Doe'],
    ['Jane Doe, jane@example.com', 'jane@example.com', 'Jane Doe'],
    ['jane@example.com; "Doe, Jane"', 'jane@example.com', 'Doe, Jane'],
    ['Jane\tDoe\tjane@EXAMPLE.com', 'jane@example.com', 'Jane Doe'],
    ['mailto:jane@example.com', 'jane@example.com', undefined],
    ['Jane Doe jane@example.com', 'jane@example.com', 'Jane Doe'],
  ])('should read %j as an address and a name', (text, email, name) => {
    const actual = one(text);
    expect(actual.problem).toBeUndefined();
    expect(actual.email).toBe(email);
    expect(actual.name).toBe(name);
  });

  it('should refuse an empty list with a clear message', () => {
    expect(parseCandidatesText('  \n\n \t\n').error).toMatch(/empty/);
  });

  it('should refuse 10,000 lines without reading them one by one', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `p${i}@example.com`).join('\n');
    const actual = parseCandidatesText(text);
    expect(actual.lines).toEqual([]);
    expect(actual.error).toContain('10,000 people');
    expect(actual.error).toContain('at most 2,000');
  });

  it('should take 2,000 lines', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `p${i}@example.com`).join('\n');
    expect(parseCandidatesText(text).lines).toHaveLength(2_000);
  });

  it('should refuse a line with two addresses', () => {
    const actual = one('jane@example.com, john@example.com');
    expect(actual.email).toBeUndefined();
    expect(actual.problem).toMatch(/Two addresses on one line/);
  });

  it.each([
    '<b>Jane</b> <jane@example.com>',
    'jane@example.com, <img src=x onerror=alert(1)>',
    '<script>alert(1)</script> jane@example.com',
  ])('should refuse markup in a name: %s', (text) => {
    expect(one(text).problem).toMatch(/markup/);
  });

  it('should strip direction overrides and control characters from a name', () => {
    expect(one('Jane\u202e Doe\u0007 <jane@example.com>').name).toBe('Jane Doe');
  });

  it.each([
    ['jane@', /“jane@” is not an email address/],
    ['Jane Doe', /No email address/],
    ['jane', /“jane” is not an email address/],
  ])('should say why %j cannot go', (text, why) => {
    expect(one(text).problem).toMatch(why);
  });

  it('should keep line numbers, skipping blank lines', () => {
    expect(parseCandidatesText('a@example.com\n\nb@example.com').lines.map((l) => l.line)).toEqual([1, 3]);
  });

  it('should read a pasted spreadsheet with a header row', () => {
    const actual = parseCandidatesText(
      'First name\tLast name\tEmail\nJane\tDoe\tjane@example.com\nJohn\t\tjohn@example.com',
    );
    expect(actual.lines.map(({ line, email, name }) => ({ line, email, name }))).toEqual([
      { line: 2, email: 'jane@example.com', name: 'Jane Doe' },
      { line: 3, email: 'john@example.com', name: 'John' },
    ]);
  });

  it('should refuse a header without an email column', () => {
    expect(parseCandidatesText('Name\tPhone\nJane\t555').error).toMatch(/no email column/);
  });
});
