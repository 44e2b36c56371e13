import type { Candidate } from '@/lib/candidates/candidate';
import { queryVisible, textOf } from './dom';
import { profileCandidate, profileEmail } from './profile';
import {
  GITHUB_BIO,
  GITHUB_EMAIL_LINK,
  GITHUB_EMAIL_TEXT,
  GITHUB_LOGIN,
  GITHUB_NAME,
  GITHUB_PROFILE_MARKER,
  GITHUB_VIEWER_LOGIN,
} from './selectors';
import type { Viewer } from './viewer';

const LOGIN = /^[a-zA-Z\d][a-zA-Z\d-]{0,38}$/;

const profileOf = (login: string | null | undefined) =>
  login && LOGIN.test(login) ? `https://github.com/${login}` : undefined;

/** The signed-in user (GitHub's own `user-login` meta): their profile is never a candidate. */
export function gitHubViewer(doc: Document): Viewer {
  const url = profileOf(doc.querySelector(GITHUB_VIEWER_LOGIN.join(','))?.getAttribute('content'));
  return { names: [], emails: [], profileUrls: url ? [url] : [] };
}

/**
 * A GitHub user profile, in any of its layouts (vcard-fullname, p-name, itemprop="name"): its person, with
 * the public email when the vcard shows one (logged out it reads "Sign in to view email": no address).
 */
export function detectGitHub(doc: Document): Candidate[] {
  const marker = doc.querySelector(GITHUB_PROFILE_MARKER.join(','));
  if (!marker) return [];
  const login = (marker.getAttribute('content') ?? textOf(queryVisible(doc, GITHUB_LOGIN))).replace(/^@/, '');
  // A login is not a name: without a name or an address there is nothing worth prefilling.
  return profileCandidate('github-profile', {
    email: profileEmail(doc, GITHUB_EMAIL_LINK, GITHUB_EMAIL_TEXT),
    // 2012's heading reads "login (Full Name)" when the vcard has no name of its own.
    name: textOf(queryVisible(doc, GITHUB_NAME)) || /\((.+)\)$/.exec(textOf(marker))?.[1],
    headline: textOf(queryVisible(doc, GITHUB_BIO)),
    profileUrl: profileOf(login),
  });
}
