// Every selector the detectors use, as fallbacks tried in order (first match wins).
// LinkedIn ships two markup generations at once: the classic one (stable class names) and the
// 2025–26 one (hashed class names, so we anchor on data-view-name, roles and ARIA instead).

/** The profile's top card: the section holding name and headline. */
export const LINKEDIN_TOP_CARD = [
  '[data-view-name="profile-top-card"]',
  '.pv-top-card',
  'main section.artdeco-card',
];

/** The profile's name, searched inside the top card. */
export const LINKEDIN_NAME = ['h1.text-heading-xlarge', '[role="heading"][aria-level="1"]', 'h1'];

/** Specific enough to search the whole page when no top card is recognised. */
export const LINKEDIN_NAME_ANYWHERE = ['h1.text-heading-xlarge'];

/** The headline under the name, searched inside the top card. */
export const LINKEDIN_HEADLINE = ['.text-body-medium.break-words', '.text-body-medium', 'p'];

/** The email link of the open Contact info dialog. */
export const LINKEDIN_CONTACT_EMAIL_LINK = [
  '.pv-contact-info__contact-type.ci-email a[href^="mailto:" i]',
  '[role="dialog"] a[href^="mailto:" i]',
];

/** The email section of the classic dialog, read as text when it has no link. */
export const LINKEDIN_CONTACT_EMAIL_TEXT = ['.pv-contact-info__contact-type.ci-email'];

export const CANONICAL_LINK = ['link[rel="canonical"]'];

/** Present only on a GitHub user profile. */
export const GITHUB_PROFILE_MARKER = ['meta[property="profile:username"]', '.vcard-names'];

export const GITHUB_LOGIN = ['.vcard-username', '[itemprop="additionalName"]'];

export const GITHUB_NAME = ['.vcard-fullname', '[itemprop="name"]'];

export const GITHUB_BIO = ['.user-profile-bio', '[data-bio-text]'];

/** The public email, shown in the vcard to signed-in visitors only. */
export const GITHUB_EMAIL_LINK = ['[itemprop="email"] a[href^="mailto:" i]', 'li[itemprop="email"] a'];

export const GITHUB_EMAIL_TEXT = ['li[itemprop="email"]', '[itemprop="email"]'];

// Not <area>: image-map areas render no box of their own, so they never pass the visibility check.
export const MAILTO_LINK = ['a[href^="mailto:" i]'];

/** Subtrees whose text is never shown to the user, or deliberately hidden from them. */
export const NOT_SHOWN = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  '[hidden]',
  '[aria-hidden="true"]',
  // Closed disclosure widgets: engines without checkVisibility would otherwise read them.
  'details:not([open]) > :not(summary)',
  'dialog:not([open])',
];

/** Code the user sees: addresses count, but a nearby "name" is just more code. */
export const CODE_BLOCK = ['pre', 'code'];

export const TABLE_CELL = ['td', 'th'];
