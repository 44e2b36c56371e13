import { describe, expect, it } from 'vitest';
import { cleanName } from '../clean-name';

// docs/security.md SEC-9: names are plain text, with no control or direction-override characters and no markup.
describe('cleanName', () => {
  it.each([
    ['a plain name', 'Ana María de la Cruz', 'Ana María de la Cruz'],
    ['a right-to-left override', 'Jane \u202Eeod\u202C', 'Jane eod'],
    ['every embedding, override and isolate', 'A\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069B', 'A B'],
    ['direction marks', '\u200EJane\u200F Doe\u061C', 'Jane Doe'],
    ['control characters', 'Jane\u0000\u0007\u001b[31m Doe\u007f\u0085', 'Jane [31m Doe'],
    ['markup', '<b>Jane</b> <img src=x onerror="alert(1)">Doe', 'Jane Doe'],
    ['a stray angle bracket', 'Jane <Doe', 'Jane Doe'],
    ['line breaks and tabs', 'Jane\n\tDoe', 'Jane Doe'],
  ])('should clean %s', (_label, input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });
});
