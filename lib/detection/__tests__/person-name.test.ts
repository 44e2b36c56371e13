import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ASCII_NAME, looksLikeName, NAME } from '../person-name';

describe('looksLikeName', () => {
  it.each([
    'Jane Doe',
    'Ingrid van der Berg',
    'Ana María de la Cruz',
    'Seán O’Brien',
    "Mary-Jane O'Neil",
    'J. R. Smith',
    'Dr. Priya Raman',
  ])('should accept %s', (input) => {
    expect(looksLikeName(input)).toBe(true);
  });

  it.each([
    'Jane',
    'jane doe',
    'jane@example.com',
    'IT HELPDESK',
    'main office',
    'Room 101',
    'email me',
    '',
    'A'.repeat(30) + ' ' + 'Bb'.repeat(20),
  ])('should reject %j', (input) => {
    expect(looksLikeName(input)).toBe(false);
  });
});

describe('the ASCII shortcut', () => {
  it('judges every printable ASCII text as the Unicode rule does', () => {
    const alphabet = fc.constantFrom(..."AJZajz .-'@1_".split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), (text) => {
        expect(ASCII_NAME.test(text)).toBe(NAME.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
