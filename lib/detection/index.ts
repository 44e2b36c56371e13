import type { Candidate } from '@/lib/candidates/candidate';
import { mergeCandidates } from '@/lib/candidates/merge';
import { MAX_CANDIDATES } from '@/lib/candidates/candidate';
import { RUN_SCAN_LIMIT, scanBudget, type ScanBudget } from '@/lib/email/scan-budget';
import { detectGeneric } from './generic';
import { detectGitHub } from './github';
import { detectLinkedIn } from './linkedin';

export { detectGeneric, detectGitHub, detectLinkedIn };

// A profile's main page, or its Contact info overlay; not /details/… sub-pages, whose h1 is a section title.
const LINKEDIN_PROFILE_PATH = /^\/in\/[^/]+\/?(?:overlay\/.*)?$/;

function siteCandidates(doc: Document, url: string): Candidate[] {
  let location: URL;
  try {
    location = new URL(url);
  } catch {
    return [];
  }
  const host = location.hostname;
  if (/(^|\.)linkedin\.com$/.test(host) && LINKEDIN_PROFILE_PATH.test(location.pathname)) {
    return detectLinkedIn(doc, url);
  }
  return host === 'github.com' ? detectGitHub(doc) : [];
}

/**
 * Everyone the user might want to invite from this page, best first: LinkedIn contact info,
 * a GitHub profile's email, the profile's own person, then `mailto:` links and page text, read within `budget`.
 */
export function detectCandidates(doc: Document, url: string, budget: ScanBudget = scanBudget(RUN_SCAN_LIMIT)): Candidate[] {
  return mergeCandidates([...siteCandidates(doc, url), ...detectGeneric(doc, MAX_CANDIDATES, budget)]);
}
