import type { Candidate } from '@/lib/candidates/candidate';
import { queryVisible, textOf } from './dom';
import type { Find } from './generic';
import { looksLikeName } from './person-name';
import { MICRODATA_NAME, OG_TITLE, PERSON_MICRODATA, SITE_CHROME } from './selectors';

// Titles before a name are not part of it ("Prof. Helena Okafor", "Dr Jane Doe").
const HONORIFIC = /^(?:(?:prof|dr|mr|mrs|ms|mx|sir|dame)\.?\s+)+/i;
// The text of a link that stands for the person's address without spelling it.
const ADDRESS_LABEL = /^(?:e-?mail(?: me)?|mail|contact(?: me)?|write to me|✉️?)$/i;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().replace(HONORIFIC, '');
const firstPart = (title: string) => clean(title.split(/ [–—|:-] /)[0]);
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^a-z]/gi, '')
    .toLowerCase();

/**
 * The one person a homepage or faculty page is about: schema.org Person microdata, the main heading, or
 * `og:title`, first that reads as a name. None when the page describes several people.
 */
export function pagePerson(doc: Document): string | undefined {
  const people = doc.querySelectorAll(PERSON_MICRODATA.join(','));
  if (people.length > 1) return undefined;
  const fromMicrodata = people[0] && clean(textOf(queryVisible(people[0], MICRODATA_NAME)));
  const headings = [...doc.querySelectorAll('h1')];
  const fromHeading = headings.length === 1 && headings[0] ? clean(textOf(headings[0])) : '';
  const fromTitle = firstPart(doc.querySelector(OG_TITLE.join(','))?.getAttribute('content') ?? '');
  return [fromMicrodata, fromHeading, fromTitle].find((name) => !!name && looksLikeName(name));
}

/** Whether an address's local part carries the person's first or last name ("h.okafor" for Helena Okafor). */
function addressOf(name: string, email: string): boolean {
  const local = ascii(email.slice(0, email.indexOf('@')));
  return name.split(' ').some((part) => ascii(part).length >= 3 && local.includes(ascii(part)));
}

/**
 * The page's person with their address: the one address outside the site's chrome that a link labelled
 * "Email"/"Contact" gives, or whose local part carries their name. Two such addresses, or none: no pairing
 * (a name on someone else's address is the harm to avoid).
 */
export function detectPagePerson(doc: Document, finds: readonly Find[]): Candidate[] {
  const name = pagePerson(doc);
  if (!name) return [];
  const chrome = SITE_CHROME.join(',');
  const theirs = finds.filter(
    (f) =>
      !f.el.closest(chrome) &&
      (ADDRESS_LABEL.test(textOf(f.el)) || addressOf(name, f.email)) &&
      (!f.name || f.name === name),
  );
  const emails = new Set(theirs.map((f) => f.email.toLowerCase()));
  const [find] = theirs;
  if (emails.size !== 1 || !find) return [];
  const candidate: Candidate = { source: 'page-heading', email: find.email, name };
  if (find.provenance) candidate.provenance = find.provenance;
  return [candidate];
}
