import { type Candidate, type CandidateSource, MAX_CANDIDATES } from '@/lib/candidates/candidate';
import { mergeCandidates } from '@/lib/candidates/merge';
import { siteOf } from '@/lib/candidates/sites';
import { RUN_SCAN_LIMIT, scanBudget } from '@/lib/email/scan-budget';
import { findAddresses, rowName, toCandidate, type NameNear } from './generic';
import { siteCandidates } from './index';
import { linkedInViewer } from './linkedin';
import { nameAsRead } from './name-rules';
import { organizationPage, organizationPath } from './page-kind';
import { detectLinkedInMessaging } from './linkedin-messaging';
import { obfuscatedReader } from './obfuscated';
import { textNodesWithAt } from './text-with-at';
import { detectPagePerson } from './page-person';
import { detectStackExchangeUser, isStackExchangeUser } from './stack-exchange';
import { cardName } from './people-cards';
import { withoutViewer } from './viewer';
import { detectGmail, detectOutlook } from './webmail';

// The table row first (cheap, and exact), then the smallest card holding the address and no other.
const nameNear: NameNear = (el) => rowName(el) ?? cardName(el);

/**
 * What the user asked for by opening the popup, pressing the shortcut or using the menu (the on-demand
 * script, detect.content.ts): everything `detectCandidates` finds, plus the open thread's senders on Gmail
 * and Outlook, a homepage's person with their address, names paired on pages about many people, and
 * obfuscated addresses decoded. Kept out of the declared content script (its 6 KB budget, docs/product.md).
 */
export function detectOnDemand(doc: Document, url: string): Candidate[] {
  return detectAll(doc, url).flatMap(asRead);
}

// Where a site's own profile names its person, and nothing else does.
const SITE_PROFILE = new Set<CandidateSource>(['linkedin-profile', 'linkedin-contact-info', 'github-profile']);

/** A candidate with the name a person reads (never a role, degree or heading); none left with neither field. */
function asRead(c: Candidate): Candidate[] {
  if (!c.name) return [c];
  const { name: _found, ...rest } = c;
  const name = nameAsRead(c.name, SITE_PROFILE.has(c.source));
  return name ? [{ ...c, name }] : c.email ? [rest] : [];
}

function detectAll(doc: Document, url: string): Candidate[] {
  const kind = siteOf(url);
  if (kind === 'gmail') return detectGmail(doc);
  if (kind === 'outlook') return detectOutlook(doc);
  if (kind === 'linkedin-messaging') {
    const thread = detectLinkedInMessaging(doc, linkedInViewer(doc), url);
    return withoutViewer(thread.candidates, thread.viewer);
  }
  if (isStackExchangeUser(url)) return detectStackExchangeUser(doc);
  const site = siteCandidates(doc, url);
  // A GitHub user's page: their profile only, never an address from a README's code or a commit.
  if (kind === 'github' && site.candidates.length) return withoutViewer(site.candidates, site.viewer);
  const obfuscated = obfuscatedReader(nameNear);
  const texts = textNodesWithAt(doc.body ?? doc.documentElement, obfuscated.wants);
  const budget = scanBudget(RUN_SCAN_LIMIT);
  const finds = [...findAddresses(doc, nameNear, MAX_CANDIDATES, budget, texts, obfuscated), ...obfuscated.finds];
  // A page about no one (a careers page, an organization's): what it shows is offered, never prefilled.
  const organization = site.candidates.length ? undefined : organizationPage(doc, url);
  const person = kind === 'other' && !organization ? detectPagePerson(doc, finds) : [];
  const foundOn = organization ?? (site.candidates.length || person.length ? undefined : organizationPath(doc, url));
  const candidates = withoutViewer(
    mergeCandidates([...site.candidates, ...person, ...finds.map(toCandidate)]),
    site.viewer,
  );
  return foundOn ? candidates.map((c) => ({ ...c, foundOn })) : candidates;
}
