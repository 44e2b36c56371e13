import { describe, expect, it } from 'vitest';
import { looksLikeName } from '../person-name';

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
