import { isValidEmail } from '@/lib/email/extract';

// Addresses written so that harvesters miss them: "jane [at] uni [dot] edu", "jane at uni dot edu",
// "jane(at)uni.edu". Decoded only on the user's explicit action (docs/product.md: the popup, the
// shortcut, the menu), and always shown with what was written.

const AT_BRACKETED = String.raw`\s*[[({<]\s*at\s*[\])}>]\s*`;
const DOT_BRACKETED = String.raw`\s*[[({<]\s*dot\s*[\])}>]\s*`;
const DOT_ANY = String.raw`(?:${DOT_BRACKETED}|\s+dot\s+|\.)`;
const LABEL = '[a-z\\d-]{1,63}';
// Bounded repetitions only: each match reads at most a few hundred characters from where it starts.
const FORM = new RegExp(
  String.raw`([\w+-][\w.+-]{0,63})(${AT_BRACKETED}|\s+at\s+)(${LABEL}(?:${DOT_ANY}${LABEL}){1,6})`,
  'gi',
);
const DOT_SPLIT = new RegExp(DOT_ANY, 'gi');
// A marker is needed before any regex runs: most text has none.
const MARKER = /[[({<]\s*at\s*[\])}>]|\sat\s/i;
const MAX_TEXT = 2_000;

export interface Decoded {
  email: string;
  /** The text as the page wrote it, for "Decoded from …". */
  written: string;
}

/** Whether a text may hold an obfuscated address: a cheap test before `decodeObfuscated`. */
export function mayBeObfuscated(text: string): boolean {
  return MARKER.test(text);
}

/**
 * The obfuscated addresses in a short text (at most 2,000 characters are read). The bare-word form
 * ("jane at uni dot edu") needs a spelled "dot" too: "we meet at example.com" is a sentence, not an address.
 */
export function decodeObfuscated(text: string): Decoded[] {
  const out: Decoded[] = [];
  for (const m of text.slice(0, MAX_TEXT).matchAll(FORM)) {
    const [written, local = '', at = '', domain = ''] = m;
    const bareAt = !/[[({<]/.test(at);
    if (bareAt && !/\sdot\s|[[({<]\s*dot/i.test(domain)) continue;
    const email = `${local.replace(/\.+$/, '')}@${domain.split(DOT_SPLIT).join('.').toLowerCase()}`;
    if (isValidEmail(email) && !out.some((d) => d.email === email)) out.push({ email, written: written.trim() });
  }
  return out;
}
