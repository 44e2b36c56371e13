import { isValidEmail } from '@/lib/email/extract';

// Addresses written so that harvesters miss them: "jane [at] uni [dot] edu", "jane at uni dot edu",
// "jane(at)uni.edu", and in Spanish "jane (arroba) uni (punto) es", "jane arroba uni punto es". Decoded only on the
// user's explicit action (docs/product.md: the popup, the shortcut, the menu), and always shown with what was written.

const AT_WORD = '(?:at|arroba)';
const DOT_WORD = '(?:dot|punto)';
const AT_BRACKETED = String.raw`\s*[[({<]\s*${AT_WORD}\s*[\])}>]\s*`;
const DOT_BRACKETED = String.raw`\s*[[({<]\s*${DOT_WORD}\s*[\])}>]\s*`;
const DOT_ANY = String.raw`(?:${DOT_BRACKETED}|\s+${DOT_WORD}\s+|\.)`;
const LABEL = '[a-z\\d-]{1,63}';
// Bounded repetitions only: each match reads at most a few hundred characters from where it starts.
const FORM = new RegExp(
  String.raw`([\w+-][\w.+-]{0,63})(${AT_BRACKETED}|\s+${AT_WORD}\s+)(${LABEL}(?:${DOT_ANY}${LABEL}){1,6})`,
  'gi',
);
const DOT_SPLIT = new RegExp(DOT_ANY, 'gi');
// A marker is needed before the full pattern runs: most text has none ("at" alone is common prose).
const BRACKETED_MARKER = new RegExp(String.raw`[[({<]\s*${AT_WORD}\s*[\])}>]`, 'i');
const WORD_AT = new RegExp(String.raw`\s${AT_WORD}\s`, 'i');
const WORD_DOT = new RegExp(String.raw`\s${DOT_WORD}\s`, 'i');
const SPELLED_DOT = new RegExp(String.raw`\s${DOT_WORD}\s|[[({<]\s*${DOT_WORD}`, 'i');
const MAX_WORD_FORM_TEXT = 300;
const MAX_TEXT = 2_000;

export interface Decoded {
  email: string;
  /** The text as the page wrote it, for "Decoded from …". */
  written: string;
}

/** Whether a text may hold an obfuscated address: a cheap test before `decodeObfuscated`. */
export function mayBeObfuscated(text: string): boolean {
  // One-character searches first (a memchr each; a regex or a longer needle costs ~50× more over prose). The
  // spelled-out form is looked for in short texts only: an address line, not a paragraph.
  if (text.includes(')') || text.includes(']') || text.includes('}') || text.includes('>')) {
    if (BRACKETED_MARKER.test(text)) return true;
  }
  return text.length <= MAX_WORD_FORM_TEXT && WORD_DOT.test(text) && WORD_AT.test(text);
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
    if (bareAt && !SPELLED_DOT.test(domain)) continue;
    const email = `${local.replace(/\.+$/, '')}@${domain.split(DOT_SPLIT).join('.').toLowerCase()}`;
    if (isValidEmail(email) && !out.some((d) => d.email === email)) out.push({ email, written: written.trim() });
  }
  return out;
}
