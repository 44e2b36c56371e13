// Every selector the detectors use, as fallbacks tried in order (first match wins).
// LinkedIn ships two markup generations at once: the classic one (stable class names) and the
// 2025–26 one (hashed class names, so we anchor on data-view-name, roles and ARIA instead).

/** The profile's top card: the section holding name and headline. */
export const LINKEDIN_TOP_CARD = [
  '[data-view-name="profile-top-card"]',
  '.pv-top-card',
  '.top-card-layout', // the logged-out public profile
  'main section.artdeco-card',
  // 2026 server-driven, saved without its data-view-name: the top section, whose first h2 is the name.
  'section[componentkey*="topcard" i]',
];

/** The profile's name, searched inside the top card (2026 server-driven profiles have no <h1>: an <h2>). */
export const LINKEDIN_NAME = [
  'h1.text-heading-xlarge',
  '.top-card-layout__title',
  '[role="heading"][aria-level="1"]',
  'h1',
  'h2',
];

/** Specific enough to search the whole page when no top card is recognised. */
export const LINKEDIN_NAME_ANYWHERE = ['h1.text-heading-xlarge', 'h1.top-card-layout__title'];

/** The headline under the name, searched inside the top card. */
export const LINKEDIN_HEADLINE = [
  '.text-body-medium.break-words',
  '.top-card-layout__headline',
  '.text-body-medium',
  'p',
];

/**
 * Where the navigation and the open Contact info dialog are: the detectors search inside them, not the whole page (a
 * complex selector over a 5 MB page costs a few ms each time; issue 26). The header is first in the page.
 */
export const LINKEDIN_NAVIGATION = ['header'];
export const LINKEDIN_CONTACT_DIALOG = ['[role="dialog"]'];

/** The signed-in member's photo in the navigation ("Me"): its alt text is their name. */
export const LINKEDIN_VIEWER_PHOTO = [
  '.global-nav__me-photo',
  '[data-view-name="navigation-settings"] img',
  'header button[aria-label="Me"] img',
];

/** Messaging: the open thread, its other participant's name and profile link, and each message. */
export const LINKEDIN_THREAD = ['.msg-thread', '[data-view-name="message-thread"]'];
export const LINKEDIN_THREAD_TITLE = ['.msg-entity-lockup__entity-title', '#thread-detail-jump-target', 'h2'];
export const LINKEDIN_MESSAGE = ['.msg-s-event-listitem'];
export const LINKEDIN_MESSAGE_SENDER = ['.msg-s-message-group__name'];

/** The email link of the open Contact info dialog, searched inside it. */
export const LINKEDIN_CONTACT_EMAIL_LINK = [
  '.pv-contact-info__contact-type.ci-email a[href^="mailto:" i]',
  'a[href^="mailto:" i]',
];

/** The email section of the classic dialog, read as text when it has no link. */
export const LINKEDIN_CONTACT_EMAIL_TEXT = ['.pv-contact-info__contact-type.ci-email'];

export const CANONICAL_LINK = ['link[rel="canonical"]'];

/** Present only on a GitHub user profile. */
export const GITHUB_PROFILE_MARKER = ['meta[property="profile:username"]', '.vcard-names', 'h1.avatared'];

/** A Stack Exchange user page's header: the display name. */
export const STACK_EXCHANGE_NAME = ['#mainbar-full .fs-headline2', '.profile-user--name'];

/** A GitHub organization's page: its schema.org Organization, or its hovercard subject. */
export const GITHUB_ORGANIZATION = [
  '[itemtype*="schema.org/Organization" i]',
  'meta[name="hovercard-subject-tag"][content^="organization:"]',
];

export const GITHUB_LOGIN = ['.vcard-username', '[itemprop="additionalName"]', 'h1.avatared > span'];

export const GITHUB_NAME = [
  '.vcard-fullname',
  '.vcard-names .p-name',
  '.vcard-names [itemprop="name"]',
  '[itemprop="name"]',
];

/** The signed-in user's login, on every page. */
export const GITHUB_VIEWER_LOGIN = ['meta[name="user-login"]'];

export const GITHUB_BIO = ['.user-profile-bio', '[data-bio-text]'];

/** The public email, shown in the vcard to signed-in visitors only. */
export const GITHUB_EMAIL_LINK = [
  '[itemprop="email"] a[href^="mailto:" i]',
  'li[itemprop="email"] a',
  '.vcard a.email[href^="mailto:" i]', // 2012
];

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

/** In a person's card on a many-people page: where their name is written. */
export const PERSON_NAME_IN_CARD = ['[itemprop="name"]', 'h2', 'h3', 'h4', 'h5', 'strong', 'b', '[class*="name" i]'];

/** A homepage's person: schema.org Person microdata, its name, and the page's own title. */
export const PERSON_MICRODATA = ['[itemscope][itemtype*="schema.org/Person" i]'];
export const MICRODATA_NAME = ['[itemprop="name"]'];
export const OG_TITLE = ['meta[property="og:title"]'];
export const META_AUTHOR = ['meta[name="author" i]'];

/** Site chrome: addresses there belong to the site (webmaster, help desk), not the page's person. */
export const SITE_CHROME = [
  'header',
  'nav',
  'footer',
  'aside',
  '[role="banner"]',
  '[role="navigation"]',
  '[role="contentinfo"]',
];

/** Gmail: the open thread, its senders (with an `email` attribute), the account switcher. */
export const GMAIL_THREAD = ['[role="main"]'];
export const GMAIL_SENDER = ['.gD[email]', 'h3 [email][name]'];
export const GMAIL_ACCOUNT = [
  'a[aria-label^="Google Account:"]',
  'a[href^="https://accounts.google.com/SignOutOptions"]',
];

/** Outlook on the web: the reading pane, each message's sender line, the account manager. */
export const OUTLOOK_READING_PANE = ['#ReadingPaneContainerId', '[aria-label="Reading Pane"]'];
export const OUTLOOK_MESSAGE = ['[aria-label="Email message"]'];
export const OUTLOOK_SENDER = ['[aria-label^="From: "]'];
export const OUTLOOK_ACCOUNT_NAME = ['#mectrl_currentAccount_primary'];
export const OUTLOOK_ACCOUNT_EMAIL = ['#mectrl_currentAccount_secondary'];
