import { describe, expect, it } from 'vitest';
import { emailFromMailto, extractEmails, isValidEmail, normalizeEmail } from '../extract';

describe('isValidEmail', () => {
  it.each([
    'jane@example.com',
    'first.last+tag@sub.example.co.uk',
    "o'brien@example.org",
    'x_y-z@example-host.io',
    'a@b.co',
    'user@xn--80ak6aa92e.xn--p1ai',
    'User@XN--80AK6AA92E.XN--P1AI',
    'Jane@EXAMPLE.COM',
    `${'a'.repeat(64)}@example.com`,
  ])('should accept %s', (input) => {
    expect(isValidEmail(input)).toBe(true);
  });

  it.each([
    ['no at sign', 'jane.example.com'],
    ['empty local part', '@example.com'],
    ['no dot in domain', 'user@localhost'],
    ['numeric TLD', 'user@example.123'],
    ['one-letter TLD', 'user@example.c'],
    ['retina image', 'logo@2x.png'],
    ['retina image in capitals', 'LOGO@2X.PNG'],
    ['a letter outside ASCII in the domain', 'jane@example.\u212Aom'],
    ['webp image', 'icon@3x.webp'],
    ['stylesheet', 'main@1.2.css'],
    ['script', 'bundle@latest.js'],
    ['double dot in local part', 'jane..doe@example.com'],
    ['leading dot', '.jane@example.com'],
    ['trailing dot in local part', 'jane.@example.com'],
    ['label starting with a hyphen', 'jane@-example.com'],
    ['space', 'jane doe@example.com'],
    ['two at signs', 'jane@doe@example.com'],
    ['surrounding whitespace', ' jane@example.com '],
    ['local part over 64', `${'a'.repeat(65)}@example.com`],
    ['over 254 characters', `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}.com`],
    ['empty string', ''],
  ])('should reject %s', (_label, input) => {
    expect(isValidEmail(input)).toBe(false);
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['  jane@example.com  ', 'jane@example.com'],
    ['<jane@example.com>', 'jane@example.com'],
    ['jane@example.com.', 'jane@example.com'],
    ['jane@example.com),', 'jane@example.com'],
    ['"jane@example.com"', 'jane@example.com'],
    ["'jane@example.com';", 'jane@example.com'],
    ['Jane.Doe@Example.COM', 'Jane.Doe@example.com'],
    ['not an address', 'not an address'],
  ])('should turn %j into %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});

describe('extractEmails', () => {
  it.each([
    ['an address in a sentence', 'Please write to ana@example.com.', ['ana@example.com']],
    [
      'several, in order',
      'a@example.com, b@example.org; c@example.net',
      ['a@example.com', 'b@example.org', 'c@example.net'],
    ],
    ['a case-insensitive duplicate, first spelling kept', 'Ana@Example.com then ANA@EXAMPLE.COM', ['Ana@example.com']],
    ['an angle-bracketed address', 'Jane Doe <jane@example.com>', ['jane@example.com']],
    ['an address after a label', 'Email:jane@example.com', ['jane@example.com']],
    ['a quoted address', 'user.email "dev@example.com"', ['dev@example.com']],
    ['image names', 'logo@2x.png and icon@3x.webp', []],
    ['a host without a TLD', 'mail user@localhost', []],
    ['obfuscated addresses', 'jane [at] example [dot] com, jane(at)example.com', []],
    ['an scp-style git remote', 'git clone git@github.com:example/widgets.git', []],
    ['URL user-info', 'ssh://deploy@example.com/srv', []],
    ['a colon that ends a sentence', 'Reach jane@example.com: any time', ['jane@example.com']],
    ['a handle', 'follow @jane on example', []],
    ['text without any', 'nothing to see here', []],
  ])('should handle %s', (_label, input, expected) => {
    expect(extractEmails(input)).toEqual(expected);
  });
});

describe('emailFromMailto', () => {
  it.each([
    ['mailto:jane@example.com', 'jane@example.com'],
    ['MAILTO:Jane@Example.COM', 'Jane@example.com'],
    ['mailto:jane@example.com?subject=Hello%20there&cc=boss@example.com', 'jane@example.com'],
    ['mailto:jane@example.com#top', 'jane@example.com'],
    ['mailto:jane%40example.com', 'jane@example.com'],
    ['mailto:first@example.com,second@example.com', 'first@example.com'],
    ['mailto:,second@example.com', 'second@example.com'],
    ['mailto:?to=jane@example.com&subject=Hi', 'jane@example.com'],
    ['mailto:Jane%20Doe%20%3Cjane@example.com%3E', 'jane@example.com'],
    ['  mailto:jane@example.com ', 'jane@example.com'],
  ])('should read %s as %s', (input, expected) => {
    expect(emailFromMailto(input)).toBe(expected);
  });

  it.each([
    ['no address', 'mailto:'],
    ['an invalid address', 'mailto:user@localhost'],
    ['broken percent-encoding', 'mailto:jane%E0%A4@example.com'],
    ['another scheme', 'https://example.com/?to=jane@example.com'],
    ['an image name', 'mailto:logo@2x.png'],
  ])('should return undefined for %s', (_label, input) => {
    expect(emailFromMailto(input)).toBeUndefined();
  });
});
