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
  // A few entries at most: compared one by one, and not at all on a page without a viewer.
  const isIn = (list: string[], value: string | undefined) => !!value && list.some((v) => v && norm(v) === norm(value));
  return candidates.flatMap((c) => {
    if (isIn(viewer.emails, c.email) || isIn(viewer.profileUrls, c.profileUrl)) return [];
    if (!isIn(viewer.names, c.name)) return [c];
    const { name: _viewerName, ...rest } = c;
    return c.email ? [rest] : [];
  });
}
