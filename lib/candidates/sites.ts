/** Sites whose pages a declared content script watches (LinkedIn is a single-page app); elsewhere detection runs on demand. */
export const DETECTION_SITES = ['https://www.linkedin.com/*', 'https://github.com/*'];

export type SiteKind = 'linkedin-profile' | 'linkedin-messaging' | 'github' | 'gmail' | 'outlook' | 'other';

// A profile's main page, or its Contact info overlay; not /details/… sub-pages, whose h1 is a section title.
const LINKEDIN_PROFILE_PATH = /^\/in\/[^/]+\/?(?:overlay\/.*)?$/;
// Outlook on the web, work or school and personal accounts.
const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']);

/** Which detectors a page gets, from its address alone (a look-alike host is just another site). */
export function siteOf(url: string): SiteKind {
  let location: URL;
  try {
    location = new URL(url);
  } catch {
    return 'other';
  }
  const { hostname: host, pathname: path } = location;
  if (location.protocol !== 'https:') return 'other';
  if (/(^|\.)linkedin\.com$/.test(host)) {
    if (LINKEDIN_PROFILE_PATH.test(path)) return 'linkedin-profile';
    return path.startsWith('/messaging/') ? 'linkedin-messaging' : 'other';
  }
  if (host === 'github.com') return 'github';
  if (host === 'mail.google.com') return 'gmail';
  return OUTLOOK_HOSTS.has(host) ? 'outlook' : 'other';
}
