// Pure email helpers shared by the content-script detectors and the popup's email field.
// Kept regex-light: this file ships in the content script (≤ 6 KB gzip in total).

// RFC 5322 dot-atom local part (no quoted strings: nobody recruits "john doe"@example.com).
const LOCAL = /^[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*$/;
// Host labels, then a TLD of letters (or an IDN's punycode form).
const DOMAIN = /^(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+(?:[a-z]{2,63}|xn--[a-z\d-]{1,59})$/i;
// "logo@2x.png" looks like an address; no real TLD is one of these file extensions.
const FILE_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'ico', 'bmp', 'css', 'js', 'mjs', 'json', 'html', 'htm']);

// Loose on purpose: candidates are cleaned and validated after matching.
const FIND = /[\w.%+'-]+@[a-z\d-]+(?:\.[a-z\d-]+)+/gi;

export function isValidEmail(s: string): boolean {
  const at = s.lastIndexOf('@');
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  return (
    at > 0 &&
    s.length <= 254 &&
    local.length <= 64 &&
    domain.length <= 253 &&
    LOCAL.test(local) &&
    DOMAIN.test(domain) &&
    !FILE_TLDS.has(domain.slice(domain.lastIndexOf('.') + 1).toLowerCase())
  );
}

/** Trims, strips `<…>` and surrounding punctuation, lowercases the domain (the local part may be case-sensitive). */
export function normalizeEmail(s: string): string {
  const t = s.trim().replace(/^[<("'[{]+/, '').replace(/[>.,;:!?)\]}'"]+$/, '');
  const at = t.lastIndexOf('@');
  return at < 0 ? t : t.slice(0, at + 1) + t.slice(at + 1).toLowerCase();
}

/**
 * Finds the addresses written in plain text, first spelling first, deduped case-insensitively.
 * Obfuscations ("name [at] example [dot] com") are left alone: the owner chose not to publish them.
 */
export function extractEmails(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(FIND)) {
    const end = m.index + m[0].length;
    // Skip URL user-info ("ssh://git@host") and scp-style remotes ("git@github.com:org/repo").
    if (text[m.index - 1] === '/' || (text[end] === ':' && /\S/.test(text[end + 1] ?? ' '))) continue;
    const email = normalizeEmail(m[0].replace(/^[.']+/, ''));
    const key = email.toLowerCase();
    if (!seen.has(key) && isValidEmail(email)) {
      seen.add(key);
      out.push(email);
    }
  }
  return out;
}

/** The first address of a `mailto:` URL (RFC 6068: comma-separated, or a `to=` field), validated. */
export function emailFromMailto(href: string): string | undefined {
  const m = /^\s*mailto:([^?#]*)(\?[^#]*)?/i.exec(href);
  if (!m) return undefined;
  let list: string;
  try {
    list = m[1] ? decodeURIComponent(m[1]) : (new URLSearchParams(m[2]).get('to') ?? '');
  } catch {
    return undefined; // malformed percent-encoding
  }
  const first = list.split(',').find((part) => part.trim()) ?? '';
  const email = normalizeEmail(first);
  // "Jane Doe <jane@example.com>" is a legal mailto address too.
  return isValidEmail(email) ? email : extractEmails(first)[0];
}
