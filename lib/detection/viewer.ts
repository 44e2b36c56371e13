import type { Candidate } from '@/lib/candidates/candidate';

/**
 * The person using the browser, as the page shows them (LinkedIn's "Me", GitHub's signed-in login, the
 * webmail account owner). Proposing them is the worst mistake: an invite to yourself (docs/product.md).
 */
export interface Viewer {
  names: string[];
  emails: string[];
  profileUrls: string[];
}

export const NO_VIEWER: Viewer = { names: [], emails: [], profileUrls: [] };

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

export function joinViewers(...viewers: Viewer[]): Viewer {
  return {
    names: viewers.flatMap((v) => v.names),
    emails: viewers.flatMap((v) => v.emails),
    profileUrls: viewers.flatMap((v) => v.profileUrls),
  };
}

/** Drops the viewer: their address, their profile, or their name alone; a viewer's name on another address is dropped too. */
export function withoutViewer(candidates: Candidate[], viewer: Viewer): Candidate[] {
  const names = new Set(viewer.names.filter(Boolean).map(norm));
  const emails = new Set(viewer.emails.map(norm));
  const urls = new Set(viewer.profileUrls.map(norm));
  const out: Candidate[] = [];
  for (const c of candidates) {
    if ((c.email && emails.has(norm(c.email))) || (c.profileUrl && urls.has(norm(c.profileUrl)))) continue;
    const isViewerName = c.name !== undefined && names.has(norm(c.name));
    if (isViewerName && !c.email) continue;
    if (isViewerName) {
      const { name: _viewerName, ...rest } = c;
      out.push(rest);
    } else out.push(c);
  }
  return out;
}
