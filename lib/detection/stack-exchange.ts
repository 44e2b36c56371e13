import type { Candidate } from '@/lib/candidates/candidate';
import { queryVisible, textOf } from './dom';
import { OG_TITLE, STACK_EXCHANGE_NAME } from './selectors';

// Stack Overflow and the Stack Exchange sites: a user's page shows their display name and never their address. The
// addresses on it are in their posts (samples, other people's): none is theirs to prefill.

const HOST =
  /(?:^|\.)(?:stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com|mathoverflow\.net)$/;
const USER_PAGE = /^\/users\/\d+(?:\/|$)/;
// og:title "User Jane Doe", in the site's language.
const USER_WORD = /^(?:user|usuario|usuário|utilisateur|benutzer|пользователь|ユーザー)\s+/i;

export function isStackExchangeUser(url: string): boolean {
  const { hostname, pathname } = new URL(url);
  return HOST.test(hostname) && USER_PAGE.test(pathname);
}

/** The user's display name, from the profile header (or og:title when the header is not found); no address. */
export function detectStackExchangeUser(doc: Document): Candidate[] {
  const og = doc.querySelector(OG_TITLE.join(','))?.getAttribute('content') ?? '';
  const name = textOf(queryVisible(doc, STACK_EXCHANGE_NAME)) || og.replace(USER_WORD, '').trim();
  return name ? [{ source: 'page-heading', name }] : [];
}
