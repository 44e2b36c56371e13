import type { Candidate } from '@/lib/candidates/candidate';
import { queryVisible, textOf } from './dom';
import { profileCandidate, profileEmail } from './profile';
import {
  CANONICAL_LINK,
  LINKEDIN_CONTACT_DIALOG,
  LINKEDIN_CONTACT_EMAIL_LINK,
  LINKEDIN_CONTACT_EMAIL_TEXT,
  LINKEDIN_HEADLINE,
  LINKEDIN_NAME,
  LINKEDIN_NAME_ANYWHERE,
  LINKEDIN_NAVIGATION,
  LINKEDIN_TOP_CARD,
  LINKEDIN_VIEWER_PHOTO,
} from './selectors';
import type { Viewer } from './viewer';

/** `https://www.linkedin.com/in/<slug>/` for any LinkedIn profile URL (subpages, overlays, country hosts). */
export function linkedInProfileUrl(href: string | null | undefined, base?: string): string | undefined {
  try {
    const url = new URL(href ?? '', base);
    const slug = /^\/in\/([^/]+)/.exec(url.pathname)?.[1];
    return /(^|\.)linkedin\.com$/.test(url.hostname) && slug ? `https://www.linkedin.com/in/${slug}/` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "Jane Doe – Engineer – Example Corp" → "Jane Doe": a logged-out profile's heading and title carry the
 * headline and company after the name; "(3) Jane Doe | LinkedIn" → "Jane Doe" (the tab title).
 */
export function nameOnly(text: string): string | undefined {
  const name = text
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(/ [–—|-] /)[0]
    ?.trim();
  return name && name !== 'LinkedIn' ? name : undefined;
}

// "She/Her · 2nd", "· 3rd+", "Ella · 2.º": the line of pronouns and connection degree, not a headline.
const DEGREE_LINE = /(?:^|·\s*)(?:1st|2nd|3rd\+?|[123]\.?[º°o]\+?)$/;

/** The signed-in member, by the photo in the navigation ("Me"). */
export function linkedInViewer(doc: Document): Viewer {
  // querySelector stops at the first header, at the top of the page.
  const navigation = doc.querySelector(LINKEDIN_NAVIGATION.join(',')) ?? doc;
  const alt = queryVisible(navigation, LINKEDIN_VIEWER_PHOTO)?.getAttribute('alt')?.trim();
  return { names: alt ? [alt] : [], emails: [], profileUrls: [] };
}

/**
 * The canonical URL is the clean vanity form, but a single-page app may leave it behind when
 * moving to another profile: the address bar wins when the two disagree.
 */
function profileUrlOf(doc: Document, url: string): string | undefined {
  const canonical = linkedInProfileUrl(doc.querySelector(CANONICAL_LINK.join(','))?.getAttribute('href'));
  const current = linkedInProfileUrl(url);
  return current && canonical !== current ? current : canonical;
}

/**
 * A LinkedIn profile (`/in/…`), classic, 2026 or logged-out: the email only from the Contact info dialog
 * the user opened, otherwise the profile's person by name, so the popup can still prefill it.
 */
export function detectLinkedIn(doc: Document, url: string): Candidate[] {
  const card = queryVisible(doc, LINKEDIN_TOP_CARD);
  const nameEl = card ? queryVisible(card, LINKEDIN_NAME) : queryVisible(doc, LINKEDIN_NAME_ANYWHERE);
  const name = nameOnly(textOf(nameEl)) ?? nameOnly(doc.title);
  const headlineEl =
    card &&
    queryVisible(card, LINKEDIN_HEADLINE, (el) => {
      const text = textOf(el);
      return !el.contains(nameEl ?? null) && !nameEl?.contains(el) && text !== name && !DEGREE_LINE.test(text);
    });
  const dialog = queryVisible(doc, LINKEDIN_CONTACT_DIALOG);
  const email = dialog && profileEmail(dialog, LINKEDIN_CONTACT_EMAIL_LINK, LINKEDIN_CONTACT_EMAIL_TEXT);
  return profileCandidate(email ? 'linkedin-contact-info' : 'linkedin-profile', {
    email,
    name,
    headline: textOf(headlineEl),
    profileUrl: profileUrlOf(doc, url),
  });
}
