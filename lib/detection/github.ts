import type { Candidate } from '@/lib/candidates/candidate';
import { emailFromMailto } from '@/lib/email/extract';
import { firstEmailIn, queryVisible, textOf } from './dom';
import { GITHUB_BIO, GITHUB_EMAIL_LINK, GITHUB_EMAIL_TEXT, GITHUB_LOGIN, GITHUB_NAME, GITHUB_PROFILE_MARKER } from './selectors';

const LOGIN = /^[a-z\d](?:[a-z\d-]{0,38})$/i;

function publicEmail(doc: Document): string | undefined {
  const link = queryVisible(doc, GITHUB_EMAIL_LINK);
  const fromLink = link && emailFromMailto(link.getAttribute('href') ?? '');
  if (fromLink) return fromLink;
  const item = queryVisible(doc, GITHUB_EMAIL_TEXT);
  return item && firstEmailIn(item);
}

/** A GitHub user profile: its person, with the public email when the vcard shows one. */
export function detectGitHub(doc: Document): Candidate[] {
  const marker = doc.querySelector(GITHUB_PROFILE_MARKER.join(','));
  if (!marker) return [];
  const login = (marker.getAttribute('content') ?? textOf(queryVisible(doc, GITHUB_LOGIN))).replace(/^@/, '');
  // A login is not a name: without either there is nothing worth prefilling.
  const name = textOf(queryVisible(doc, GITHUB_NAME));
  const email = publicEmail(doc);
  if (!name && !email) return [];
  const candidate: Candidate = { source: 'github-profile' };
  if (email) candidate.email = email;
  if (name) candidate.name = name;
  const bio = textOf(queryVisible(doc, GITHUB_BIO));
  if (bio) candidate.headline = bio;
  if (LOGIN.test(login)) candidate.profileUrl = `https://github.com/${login}`;
  return [candidate];
}
