/** Sites whose pages a declared content script watches (LinkedIn is a single-page app); elsewhere detection runs on demand. */
export const DETECTION_SITES = ['https://www.linkedin.com/*', 'https://github.com/*'];

/** The sites the declared content script reads with detectors of their own. */
export type WatchedSiteKind = 'linkedin-profile' | 'linkedin-messaging' | 'github' | 'other';
export type SiteKind = WatchedSiteKind | 'gmail' | 'outlook';

// A profile's main page, or its Contact info overlay; not /details/… sub-pages, whose h1 is a section title.
const LINKEDIN_PROFILE_PATH = /^\/in\/[^/]+\/?(?:overlay\/.*)?$/;
// Outlook on the web, work or school and personal accounts.
const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']);

function httpsUrl(url: string): URL | undefined {
  try {
    const location = new URL(url);
    return location.protocol === 'https:' ? location : undefined;
  } catch {
    return undefined;
  }
}

/** Which of its own detectors the declared content script runs on a page, from its address alone. */
export function watchedSiteOf(url: string): WatchedSiteKind {
  const { hostname: host = '', pathname: path = '' } = httpsUrl(url) ?? {};
  if (/(^|\.)linkedin\.com$/.test(host)) {
    if (LINKEDIN_PROFILE_PATH.test(path)) return 'linkedin-profile';
    return path.startsWith('/messaging/') ? 'linkedin-messaging' : 'other';
  }
  return host === 'github.com' ? 'github' : 'other';
}

/** Which detectors a page gets, from its address alone (a look-alike host is just another site). */
export function siteOf(url: string): SiteKind {
  const host = httpsUrl(url)?.hostname;
  if (host === 'mail.google.com') return 'gmail';
  return host && OUTLOOK_HOSTS.has(host) ? 'outlook' : watchedSiteOf(url);
}
