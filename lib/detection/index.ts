import type { Candidate } from '@/lib/candidates/candidate';
import { mergeCandidates } from '@/lib/candidates/merge';
import { watchedSiteOf } from '@/lib/candidates/sites';
import { detectGeneric } from './generic';
import { detectGitHub, gitHubViewer } from './github';
import { detectLinkedIn, linkedInViewer } from './linkedin';
import { NO_VIEWER, type Viewer, withoutViewer } from './viewer';

export { detectGeneric, detectGitHub, detectLinkedIn };

export interface SiteResult {
  candidates: Candidate[];
  viewer: Viewer;
}

/** The site's own detectors, and who the viewer is there. */
export function siteCandidates(doc: Document, url: string): SiteResult {
  const kind = watchedSiteOf(url);
  if (kind === 'linkedin-profile') return { candidates: detectLinkedIn(doc, url), viewer: linkedInViewer(doc) };
  if (kind === 'github') return { candidates: detectGitHub(doc), viewer: gitHubViewer(doc) };
  return { candidates: [], viewer: NO_VIEWER };
}

/**
 * What the declared content script reports on every LinkedIn and GitHub page: the profile's own person (LinkedIn's
 * top card and open Contact info, a GitHub profile's vcard), never the signed-in viewer. Only the parts those
 * detectors read: searching the whole page on every load cost a recruiter 8–12 ms per LinkedIn profile (issue 26),
 * and the addresses elsewhere on the page (a README, a feed, a company page's) are no one's to propose unasked. The
 * whole-page search is the on-demand read's (on-demand.ts), which the popup, the side panel and the shortcut run.
 */
export function detectCandidates(doc: Document, url: string): Candidate[] {
  const site = siteCandidates(doc, url);
  return withoutViewer(mergeCandidates(site.candidates), site.viewer);
}
