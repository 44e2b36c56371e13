import { describe, expect, it } from 'vitest';
import { extractEmails } from '../extract';
import { scanBudget } from '../scan-budget';

// docs/security.md SEC-9: page text is hostile. The work of an extraction is counted (characters examined) and must
// grow linearly with the text, with no regex over unbounded input.

const ADVERSARIAL: [string, (n: number) => string][] = [
  ['one long word, then an "@"', (n) => `${'a'.repeat(n)}@`],
  ['one long word before an address', (n) => `${'a'.repeat(n)}@example.com`],
  ['"@"s only', (n) => '@'.repeat(n)],
  ['"a@" repeated', (n) => 'a@'.repeat(n / 2)],
  ['"x." around an "@"', (n) => `${'x.'.repeat(n / 4)}@${'x.'.repeat(n / 4)}`],
  ['a long domain run', (n) => `jane@${'b'.repeat(n)}.com`],
  ['dots after a domain', (n) => `jane@example.com${'.'.repeat(n)}x`],
  ['"a@b." repeated', (n) => 'a@b.'.repeat(n / 4)],
];

function work(text: string): number {
  const budget = scanBudget(Number.POSITIVE_INFINITY);
  extractEmails(text, budget);
  return budget.examined;
}

describe('extractEmails on adversarial input', () => {
  it.each(ADVERSARIAL)('should do linear work on %s', (_label, make) => {
    const small = work(make(30_000));
    const large = work(make(60_000));

    // Twice the text, at most about twice the work; and a small constant per character.
    expect(large).toBeLessThanOrEqual(2 * small + 1_000);
    expect(large).toBeLessThanOrEqual(400 * 60_000);
    expect(small).toBeGreaterThanOrEqual(30_000); // every character is accounted for
  });

  it('should examine each character a bounded number of times on 10,000 "@"s and a 30,000-character run', () => {
    const text = `${'w'.repeat(30_000)}@ ${'@'.repeat(10_000)} ${'x.'.repeat(15_000)}@${'x.'.repeat(15_000)}`;

    expect(work(text) / text.length).toBeLessThan(4);
  });

  it('should still find the real address after the hostile text', () => {
    const text = `${'w'.repeat(30_000)}@ ${'@ '.repeat(10_000)} Contact: mara.real@example.com`;

    expect(extractEmails(text, scanBudget(Number.POSITIVE_INFINITY))).toEqual(['mara.real@example.com']);
  });

  it('should refuse a local part or domain longer than an address can be, as before', () => {
    expect(extractEmails(`${'a'.repeat(65)}@example.com`)).toEqual([]);
    expect(extractEmails(`jane@${'b'.repeat(260)}.com`)).toEqual([]);
    expect(extractEmails(`${'a'.repeat(64)}@example.com`)).toEqual([`${'a'.repeat(64)}@example.com`]);
  });

  it('should stop at its budget and keep what it found', () => {
    const budget = scanBudget(1_000);
    const text = `first@example.com ${'a@'.repeat(50_000)} last@example.com`;

    expect(extractEmails(text, budget)).toEqual(['first@example.com']);
    expect(budget.exhausted).toBe(true);
    expect(budget.examined).toBeLessThan(1_000 + 400);
  });

  it('should stop at a passed deadline', () => {
    const budget = scanBudget(Number.POSITIVE_INFINITY, performance.now() - 1);

    extractEmails('a@'.repeat(20_000), budget);

    expect(budget.exhausted).toBe(true);
    expect(budget.examined).toBeLessThan(8_192 + 400);
  });

  it('should match as the old pattern did around consumed text', () => {
    expect(extractEmails('a@b.com@c.org')).toEqual(['a@b.com']);
    expect(extractEmails('jane@doe@example.com')).toEqual(['doe@example.com']);
    expect(extractEmails('..jane@example.com..')).toEqual(['jane@example.com']);
  });
});

describe('extractEmails character classes', () => {
  it.each([
    ['a carriage return is no "-"', 'jane@example\r.com', []],
    ['control characters are no digits', 'jane@ex\u0011ample.com', []],
    ['underscores and plus signs in the local part', 'first_last+tag@Example.COM', ['first_last+tag@example.com']],
    ['no underscore in a domain', 'jane@exa_mple.com', []],
  ])('should handle %s', (_label, input, expected) => {
    expect(extractEmails(input)).toEqual(expected);
  });
});
