import { describe, expect, it } from 'vitest';
import type { Candidate } from '../candidate';
import { cautionOf, prefillOf } from '../prefill';
import { offerLabel } from '../source-labels';

const JOBS: Candidate = { email: 'jobs@northwind.example', source: 'mailto-link' };
const INES: Candidate = { email: 'ines@northwind.example', name: 'Ines Carvalho', source: 'mailto-link' };

describe('prefillOf', () => {
  it('should never prefill a role address, and prefill the next candidate instead', () => {
    expect(prefillOf([JOBS, INES])).toBe(INES);
  });

  it('should prefill no one on a page about no one, or where only role addresses are', () => {
    expect(prefillOf([{ ...INES, foundOn: 'careers-page' }, JOBS])).toBeUndefined();
    expect(prefillOf([JOBS])).toBeUndefined();
  });

  it('should prefill a profile’s name alone when no address may be prefilled', () => {
    const profile: Candidate = { name: 'Jane Doe', source: 'linkedin-profile' };
    expect(prefillOf([profile, JOBS])).toBe(profile);
  });
});

describe('offerLabel', () => {
  it.each([
    [JOBS, 'role-address', 'Email link, role address'],
    [{ ...INES, foundOn: 'careers-page' } as Candidate, 'careers-page', 'Email link, from a careers page'],
    [
      { ...INES, foundOn: 'organization-page' } as Candidate,
      'organization-page',
      "Email link, from an organization's page",
    ],
    [INES, undefined, 'Email link'],
  ])('should label %j for what it is', (c, caution, label) => {
    expect(cautionOf(c)).toBe(caution);
    expect(offerLabel(c)).toBe(label);
  });
});
