// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Candidate } from '@/lib/candidates/candidate';
import { detectGitHub } from '../github';
import { closeWindows, loadFixture, loadHtml } from './fixture';

afterEach(closeWindows);

const MARA = 'https://github.com/mara-synthetic';
const BIO = 'Compiler engineer. Rust, TypeScript and too much coffee.';

describe('detectGitHub', () => {
  it.each<[string, Candidate[]]>([
    [
      'github-profile.html',
      [
        {
          source: 'github-profile',
          email: 'mara@example.org',
          name: 'Mara Lindqvist',
          headline: BIO,
          profileUrl: MARA,
        },
      ],
    ],
    [
      'github-profile-no-email.html',
      [{ source: 'github-profile', name: 'Mara Lindqvist', headline: BIO, profileUrl: MARA }],
    ],
  ])('should detect %s', (fixture, expected) => {
    const doc = loadFixture(fixture, MARA);
    expect(detectGitHub(doc)).toEqual(expected);
  });

  it.each([
    [
      'a repository page',
      '<h1><a href="/example/widgets">widgets</a></h1><a href="mailto:maintainer@example.com">maintainer@example.com</a>',
    ],
    [
      'a profile without name or email',
      '<h1 class="vcard-names"><span class="vcard-fullname"></span><span class="vcard-username">nameless</span></h1>',
    ],
  ])('should find nothing on %s', (_label, body) => {
    expect(detectGitHub(loadHtml(body))).toEqual([]);
  });

  it('should read the email as text when the vcard item has no link', () => {
    const doc = loadHtml(
      '<h1 class="vcard-names"><span class="vcard-fullname">Mara Lindqvist</span><span class="vcard-username">mara-synthetic</span></h1><ul><li itemprop="email">mara@example.org</li></ul>',
    );
    expect(detectGitHub(doc)).toEqual([
      { source: 'github-profile', email: 'mara@example.org', name: 'Mara Lindqvist', profileUrl: MARA },
    ]);
  });

  it('should not read an email hidden from the user', () => {
    const doc = loadHtml(
      '<h1 class="vcard-names"><span class="vcard-fullname">Mara Lindqvist</span></h1><ul hidden><li itemprop="email"><a href="mailto:mara@example.org">mara@example.org</a></li></ul>',
    );
    expect(detectGitHub(doc)[0]?.email).toBeUndefined();
  });
});
