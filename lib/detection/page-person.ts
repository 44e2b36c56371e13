import type { Candidate } from '@/lib/candidates/candidate';
import { isRoleAddress } from '@/lib/email/role-address';
import { queryVisible, textOf } from './dom';
import type { Find } from './generic';
import { personName } from './name-rules';
import { META_AUTHOR, MICRODATA_NAME, OG_TITLE, PERSON_MICRODATA, SITE_CHROME } from './selectors';

// The text of a link that stands for the person's address without spelling it (an icon alone reads as nothing).
const ADDRESS_LABEL =
  /^(?:e-?mail(?: me)?|mail|correo(?: electrónico)?|contact(?: me)?|contacto|write to me|escríbeme|✉️?|)$/i;
// "Jane Doe | Game Design", "Jane Doe - Home", "Inicio · Ana Ruiz": the parts of a title.
const TITLE_PARTS = /\s+[|–—:·•-]\s+/;

const key = (name: string) => name.normalize('NFC').toLowerCase();
// "jane+reading@uni.edu" is jane@uni.edu's: one person's address, however tagged.
const untagged = (email: string) => email.toLowerCase().replace(/\+[^@]*@/, '@');
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^a-z]/gi, '')
    .toLowerCase();
const namesIn = (text: string | null | undefined): string[] =>
  (text ?? '').split(TITLE_PARTS).flatMap((part) => personName(part) ?? []);

/**
 * The names a homepage gives its one person, each with how many of its places say it: schema.org Person
 * microdata, `meta[name=author]`, `og:title`, the `<title>`, the first `h1`. None when it describes several people.
 */
export function pageNames(doc: Document): Map<string, { name: string; votes: number }> {
  const names = new Map<string, { name: string; votes: number }>();
  const people = doc.querySelectorAll(PERSON_MICRODATA.join(','));
  if (people.length > 1) return names;
  const places = [
    people[0] ? namesIn(textOf(queryVisible(people[0], MICRODATA_NAME))) : [],
    namesIn(doc.querySelector(META_AUTHOR.join(','))?.getAttribute('content')),
    namesIn(doc.querySelector(OG_TITLE.join(','))?.getAttribute('content')),
    namesIn(doc.title),
    namesIn(textOf(queryVisible(doc, ['h1']))),
  ];
  for (const place of places) {
    for (const name of new Set(place)) {
      const seen = names.get(key(name));
      names.set(key(name), { name: seen?.name ?? name, votes: (seen?.votes ?? 0) + 1 });
    }
  }
  return names;
}

/** The page's person: the name two of its places agree on (the first such, in the order above). */
export function pagePerson(doc: Document): string | undefined {
  return [...pageNames(doc).values()].find((n) => n.votes >= 2)?.name;
}

/** Whether an address's local part carries the person's first or last name ("h.okafor" for Helena Okafor). */
function addressOf(name: string, email: string): boolean {
  const local = ascii(email.slice(0, email.indexOf('@')));
  return name.split(' ').some((part) => ascii(part).length >= 3 && local.includes(ascii(part)));
}

/**
 * The page's person with their address. A name two of the page's places agree on takes the one address outside
 * the site's chrome that a link labelled "Email" (or an icon alone) gives, that carries the name, or that is written
 * next to it; failing these, the page's only address. A name only one place gives is taken when the address carries
 * it or is written next to it. Two such addresses, or none: no pairing (a name on someone else's address is the harm
 * to avoid). Role addresses are never the person's.
 */
export function detectPagePerson(doc: Document, finds: readonly Find[]): Candidate[] {
  const names = [...pageNames(doc).values()];
  if (!names.length) return [];
  const chrome = SITE_CHROME.join(',');
  const own = finds.filter((f) => !f.el.closest(chrome) && !isRoleAddress(f.email));
  const pairs = (name: string, agreed: boolean): Find[] => {
    const fit = own.filter(
      (f) =>
        (f.name
          ? key(f.name) === key(name)
          : agreed && f.source === 'mailto-link' && ADDRESS_LABEL.test(textOf(f.el))) ||
        (!f.name && addressOf(name, f.email)),
    );
    return fit.length || !agreed ? fit : own.filter((f) => !f.name);
  };
  for (const { name, votes } of names) {
    const theirs = pairs(name, votes >= 2);
    const find = theirs.find((f) => !f.email.includes('+')) ?? theirs[0];
    if (!find || new Set(theirs.map((f) => untagged(f.email))).size !== 1) continue;
    const candidate: Candidate = { source: 'page-heading', email: find.email, name };
    if (find.provenance) candidate.provenance = find.provenance;
    return [candidate];
  }
  return [];
}
