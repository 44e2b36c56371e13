// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Candidate } from '@/lib/candidates/candidate';
import { detectLinkedIn, linkedInProfileUrl } from '../linkedin';
import { closeWindows, loadFixture, loadHtml } from './fixture';

afterEach(closeWindows);

const JANE = 'https://www.linkedin.com/in/jane-doe-synthetic/';
const ALEX = 'https://www.linkedin.com/in/alex-rivera-synthetic/';

describe('detectLinkedIn', () => {
  it.each<[string, string, Candidate[]]>([
    [
      'linkedin-classic-contact-open.html',
      `${JANE}overlay/contact-info/`,
      [
        {
          source: 'linkedin-contact-info',
          email: 'jane.doe@example.com',
          name: 'Jane Doe',
          headline: 'Senior Backend Engineer at Example Corp · Distributed systems',
          profileUrl: JANE,
        },
      ],
    ],
    [
      'linkedin-classic-no-email.html',
      JANE,
      [
        {
          source: 'linkedin-profile',
          name: 'Jane Doe',
          headline: 'Senior Backend Engineer at Example Corp · Distributed systems',
          profileUrl: JANE,
        },
      ],
    ],
    [
      'linkedin-2026-contact-open.html',
      `${ALEX}overlay/contact-info/`,
      [
        {
          source: 'linkedin-contact-info',
          email: 'Alex.Rivera@example.org',
          name: 'Alex Rivera',
          headline: 'Staff Data Engineer · Streaming pipelines at Example Analytics',
          profileUrl: ALEX,
        },
      ],
    ],
    [
      'linkedin-2026-no-email.html',
      ALEX,
      [
        {
          source: 'linkedin-profile',
          name: 'Alex Rivera',
          headline: 'Staff Data Engineer · Streaming pipelines at Example Analytics',
          profileUrl: ALEX,
        },
      ],
    ],
  ])('should detect %s', (fixture, url, expected) => {
    const doc = loadFixture(fixture, url);
    expect(detectLinkedIn(doc, url)).toEqual(expected);
  });

  it('should default the URL to the document location', () => {
    const doc = loadFixture(
      'linkedin-classic-no-email.html',
      'https://www.linkedin.com/in/jane-doe-synthetic/?trk=feed',
    );
    expect(detectLinkedIn(doc, doc.location.href)[0]?.profileUrl).toBe(JANE);
  });

  it('should read the email as text when the classic dialog has no link', () => {
    const doc = loadHtml(
      '<h1 class="text-heading-xlarge">Jane Doe</h1><div role="dialog"><section class="pv-contact-info__contact-type ci-email"><h3>Email</h3><span>jane.doe@example.com</span></section></div>',
    );
    expect(detectLinkedIn(doc, JANE)[0]).toMatchObject({
      source: 'linkedin-contact-info',
      email: 'jane.doe@example.com',
    });
  });

  it('should ignore a dialog the user cannot see', () => {
    const doc = loadFixture('linkedin-2026-no-email.html', ALEX);
    expect(doc.body.innerHTML).toContain('stale.dialog@example.org');
    expect(detectLinkedIn(doc, ALEX)[0]?.email).toBeUndefined();
  });

  it.each([
    ['Jane Doe | LinkedIn', 'Jane Doe'],
    ['(3) Jane Doe | LinkedIn', 'Jane Doe'],
    ['(99+) Jane Doe | LinkedIn', 'Jane Doe'],
    ['LinkedIn', undefined],
  ])('should fall back to the title %j for the name', (title, expected) => {
    const doc = loadHtml('<main><div class="_x1">loading</div></main>');
    doc.title = title;
    expect(detectLinkedIn(doc, JANE)[0]?.name).toBe(expected);
  });

  it('should prefer the address bar when a single-page app left the canonical link behind', () => {
    const doc = loadFixture('linkedin-classic-no-email.html', 'https://www.linkedin.com/in/someone-else/');
    expect(detectLinkedIn(doc, doc.location.href)[0]?.profileUrl).toBe('https://www.linkedin.com/in/someone-else/');
  });

  it('should find nothing on a page without a profile', () => {
    const doc = loadHtml('<p>Feed</p>');
    doc.title = 'LinkedIn';
    expect(detectLinkedIn(doc, 'https://www.linkedin.com/feed/')).toEqual([]);
  });
});

describe('linkedInProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://linkedin.com/in/jane-doe/overlay/contact-info/?x=1#y', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://uk.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/j%C3%A9r%C3%B4me-d/', 'https://www.linkedin.com/in/j%C3%A9r%C3%B4me-d/'],
    ['https://www.linkedin.com/company/example/', undefined],
    ['https://evil.example.com/in/jane-doe/', undefined],
    ['https://notlinkedin.com/in/jane-doe/', undefined],
    ['not a url', undefined],
    [null, undefined],
  ])('should normalise %s to %s', (input, expected) => {
    expect(linkedInProfileUrl(input)).toBe(expected);
  });
});
