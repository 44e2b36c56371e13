import type { Candidate } from '@/lib/candidates/candidate';
import { mergeCandidates } from '@/lib/candidates/merge';
import { MAX_CANDIDATES } from '@/lib/candidates/candidate';
import { siteOf } from '@/lib/candidates/sites';
import { RUN_SCAN_LIMIT, scanBudget, type ScanBudget } from '@/lib/email/scan-budget';
import { detectGeneric } from './generic';
import { detectGitHub, gitHubViewer } from './github';
import { detectLinkedIn, linkedInViewer } from './linkedin';
import { NO_VIEWER, type Viewer, withoutViewer } from './viewer';

export { detectGeneric, detectGitHub, detectLinkedIn };

export interface SiteResult {
  candidates: Candidate[];
  viewer: Viewer;
  /** Whether the rest of the page may be read for addresses (not on a messaging page: other people's threads). */
  generic: boolean;
}

/** The site's own detectors, and who the viewer is there. */
export function siteCandidates(doc: Document, url: string): SiteResult {
  switch (siteOf(url)) {
    case 'linkedin-profile':
      return { candidates: detectLinkedIn(doc, url), viewer: linkedInViewer(doc), generic: true };
    case 'linkedin-messaging':
      // Other people's threads and the viewer's own messages: read on demand only (on-demand.ts), for the open thread.
      return { candidates: [], viewer: NO_VIEWER, generic: false };
    case 'github':
      return { candidates: detectGitHub(doc), viewer: gitHubViewer(doc), generic: true };
    default:
      return { candidates: [], viewer: NO_VIEWER, generic: true };
  }
}

/**
 * Everyone the user might want to invite from this page, best first: LinkedIn contact info,
 * a GitHub profile's email, the profile's own person, then `mailto:` links and page text; never the
 * signed-in viewer. The declared content script's set: webmail and homepages are read on demand only. Page text
 * is read within `budget` (docs/security.md SEC-9).
 */
export function detectCandidates(
  doc: Document,
  url: string,
  budget: ScanBudget = scanBudget(RUN_SCAN_LIMIT),
): Candidate[] {
  const site = siteCandidates(doc, url);
  const generic = site.generic ? detectGeneric(doc, MAX_CANDIDATES, budget) : [];
  return withoutViewer(mergeCandidates([...site.candidates, ...generic]), site.viewer);
}
