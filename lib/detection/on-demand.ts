import { type Candidate, MAX_CANDIDATES } from '@/lib/candidates/candidate';
import { mergeCandidates } from '@/lib/candidates/merge';
import { siteOf } from '@/lib/candidates/sites';
import { RUN_SCAN_LIMIT, scanBudget } from '@/lib/email/scan-budget';
import { findAddresses, rowName, toCandidate, type NameNear } from './generic';
import { siteCandidates } from './index';
import { linkedInViewer } from './linkedin';
import { detectLinkedInMessaging } from './linkedin-messaging';
import { obfuscatedReader } from './obfuscated';
import { textNodesWithAt } from './text-with-at';
import { detectPagePerson } from './page-person';
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
  const kind = siteOf(url);
  if (kind === 'gmail') return detectGmail(doc);
  if (kind === 'outlook') return detectOutlook(doc);
  if (kind === 'linkedin-messaging') {
    const thread = detectLinkedInMessaging(doc, linkedInViewer(doc), url);
    return withoutViewer(thread.candidates, thread.viewer);
  }
  const site = siteCandidates(doc, url);
  const obfuscated = obfuscatedReader(nameNear);
  const texts = textNodesWithAt(doc.body ?? doc.documentElement, obfuscated.wants);
  const budget = scanBudget(RUN_SCAN_LIMIT);
  const finds = [...findAddresses(doc, nameNear, MAX_CANDIDATES, budget, texts, obfuscated), ...obfuscated.finds];
  const person = kind === 'other' ? detectPagePerson(doc, finds) : [];
  return withoutViewer(mergeCandidates([...site.candidates, ...person, ...finds.map(toCandidate)]), site.viewer);
}
