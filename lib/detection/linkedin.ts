import type { Candidate } from '@/lib/candidates/candidate';
import { emailFromMailto } from '@/lib/email/extract';
import { firstEmailIn, queryVisible, textOf } from './dom';
import {
  CANONICAL_LINK,
  LINKEDIN_CONTACT_EMAIL_LINK,
  LINKEDIN_CONTACT_EMAIL_TEXT,
  LINKEDIN_HEADLINE,
  LINKEDIN_NAME,
  LINKEDIN_NAME_ANYWHERE,
  LINKEDIN_TOP_CARD,
} from './selectors';

/** `https://www.linkedin.com/in/<slug>/` for any LinkedIn profile URL (subpages, overlays, country hosts). */
export function linkedInProfileUrl(href: string | null | undefined): string | undefined {
  try {
    const url = new URL(href ?? '');
    const slug = /^\/in\/([^/]+)/.exec(url.pathname)?.[1];
    return /(^|\.)linkedin\.com$/.test(url.hostname) && slug ? `https://www.linkedin.com/in/${slug}/` : undefined;
  } catch {
    return undefined;
  }
}

/** "(3) Jane Doe | LinkedIn" → "Jane Doe": the tab title the user sees. */
function nameFromTitle(title: string): string | undefined {
  const name = title.replace(/^\(\d+\+?\)\s*/, '').split(' | ')[0]?.trim();
  return name && name !== 'LinkedIn' ? name : undefined;
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

function contactEmail(doc: Document): string | undefined {
  const link = queryVisible(doc, LINKEDIN_CONTACT_EMAIL_LINK);
  const fromLink = link && emailFromMailto(link.getAttribute('href') ?? '');
  if (fromLink) return fromLink;
  const section = queryVisible(doc, LINKEDIN_CONTACT_EMAIL_TEXT);
  return section && firstEmailIn(section);
}

/**
 * A LinkedIn profile (`/in/…`): the email only from the Contact info dialog the user opened,
 * otherwise the profile's person by name, so the popup can still prefill it.
 */
export function detectLinkedIn(doc: Document, url: string = doc.location?.href ?? ''): Candidate[] {
  const card = queryVisible(doc, LINKEDIN_TOP_CARD);
  const nameEl = card ? queryVisible(card, LINKEDIN_NAME) : queryVisible(doc, LINKEDIN_NAME_ANYWHERE);
  const name = textOf(nameEl) || nameFromTitle(doc.title);
  const headlineEl =
    card &&
    queryVisible(card, LINKEDIN_HEADLINE, (el) => !el.contains(nameEl ?? null) && !nameEl?.contains(el) && textOf(el) !== name);
  const headline = textOf(headlineEl) || undefined;
  const email = contactEmail(doc);
  if (!email && !name) return [];
  const candidate: Candidate = { source: email ? 'linkedin-contact-info' : 'linkedin-profile' };
  if (email) candidate.email = email;
  if (name) candidate.name = name;
  if (headline) candidate.headline = headline;
  const profileUrl = profileUrlOf(doc, url);
  if (profileUrl) candidate.profileUrl = profileUrl;
  return [candidate];
}
