// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectCandidates } from '../index';
import { closeWindows, loadFixture } from './fixture';

afterEach(closeWindows);

describe('detectCandidates', () => {
  it.each([
    [
      'linkedin-classic-contact-open.html',
      'https://www.linkedin.com/in/jane-doe-synthetic/overlay/contact-info/',
      [['linkedin-contact-info', 'jane.doe@example.com', 'Jane Doe']],
    ],
    [
      'linkedin-classic-no-email.html',
      'https://www.linkedin.com/in/jane-doe-synthetic/',
      [['linkedin-profile', undefined, 'Jane Doe']],
    ],
    [
      'linkedin-2026-contact-open.html',
      'https://www.linkedin.com/in/alex-rivera-synthetic/',
      [['linkedin-contact-info', 'Alex.Rivera@example.org', 'Alex Rivera']],
    ],
    [
      'linkedin-2026-no-email.html',
      'https://www.linkedin.com/in/alex-rivera-synthetic/',
      // The address in the About section is the on-demand read's (issue 26: the content script reads the card).
      [['linkedin-profile', undefined, 'Alex Rivera']],
    ],
    [
      'github-profile.html',
      'https://github.com/mara-synthetic',
      [['github-profile', 'mara@example.org', 'Mara Lindqvist']],
    ],
    [
      'github-profile-no-email.html',
      'https://github.com/mara-synthetic',
      [['github-profile', undefined, 'Mara Lindqvist']],
    ],
  ])('should pick, merge and rank candidates on %s', (fixture, url, expected) => {
    const actual = detectCandidates(loadFixture(fixture, url), url).map((c) => [c.source, c.email, c.name]);
    expect(actual).toEqual(expected);
  });

  it.each([
    ['a LinkedIn page that is not a profile', 'https://www.linkedin.com/feed/'],
    ['a LinkedIn profile sub-page', 'https://www.linkedin.com/in/jane-doe-synthetic/details/experience/'],
    ['another site', 'https://www.example.org/people/jane'],
    ['a look-alike host', 'https://www.linkedin.com.example.org/in/jane-doe-synthetic/'],
    ['an unparsable URL', 'not a url'],
  ])('should not run the LinkedIn detector, nor search the page, on %s', (_label, url) => {
    const actual = detectCandidates(loadFixture('linkedin-classic-contact-open.html', 'https://www.example.org/'), url);
    expect(actual).toEqual([]);
  });

  it('should not run the GitHub detector off github.com', () => {
    const actual = detectCandidates(loadFixture('github-profile.html'), 'https://gist.github.com/mara-synthetic');
    expect(actual).toEqual([]);
  });

  it('should keep the GitHub profile as the source of an address also linked as mailto', () => {
    const [first] = detectCandidates(loadFixture('github-profile.html'), 'https://github.com/mara-synthetic');
    expect(first?.source).toBe('github-profile');
  });
});
