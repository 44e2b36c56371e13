import { DOMAIN_WINDOW, LOCAL_WINDOW, scanBudget, spend, TEXT_SCAN_LIMIT, type ScanBudget } from './scan-budget';

// Pure email helpers shared by the content-script detectors, the context menu and the popup's email field.
// No regex ever runs over page text of unbounded length (docs/security.md SEC-9): the text is split on "@" and a
// bounded window either side is read by hand, so the work is linear in the text, and the content script stays small.

// RFC 5322 dot-atom local part (no quoted strings: nobody recruits "john doe"@example.com).
const LOCAL = /^[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*$/;
// Host labels, then a TLD of letters (or an IDN's punycode form). Neither pattern is case-insensitive: in a fresh
// renderer the first `/i` pattern cost 0.4–1.8 ms to compile (measured), on every page load the content script
// reads; the domain is lowercased before FILE_TLD instead.
const DOMAIN = /^(?:[a-zA-Z\d](?:[a-zA-Z\d-]{0,61}[a-zA-Z\d])?\.)+(?:[a-zA-Z]{2,63}|[xX][nN]--[a-zA-Z\d-]{1,59})$/;
// "logo@2x.png" looks like an address; no real TLD is one of these file extensions.
const FILE_TLD = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|css|m?js|json|html?)$/;

const LEADING = '<("\'[{';
const TRAILING = '>.,;:!?)]}\'"';

// Loose on purpose, as the old pattern was: `[a-z\d-]` labels after the "@", `[\w.%+'-]` before it. Character codes,
// not a regex per character: this loop is the content script's hot path on a hostile page.
function isLabelChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const lower = c | 0x20; // folds A-Z onto a-z
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}
const isLocalChar = (text: string, i: number): boolean => isLabelChar(text, i) || "_.%+'".includes(text[i]!);

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
    !FILE_TLD.test(domain.toLowerCase())
  );
}

/** Trims, strips `<…>` and surrounding punctuation, lowercases the domain (the local part may be case-sensitive). */
export function normalizeEmail(s: string): string {
  const t = s.trim();
  // Loops, not anchored regexes: `[…]+$` is quadratic on a long run of punctuation.
  let start = 0;
  let end = t.length;
  while (start < end && LEADING.includes(t[start]!)) start++;
  while (end > start && TRAILING.includes(t[end - 1]!)) end--;
  const u = t.slice(start, end);
  const at = u.lastIndexOf('@');
  return at < 0 ? u : u.slice(0, at + 1) + u.slice(at + 1).toLowerCase();
}

/** Where the local part before the "@" at `at` starts, no earlier than `floor`; undefined if none or too long. */
function localStart(text: string, at: number, floor: number, budget: ScanBudget): number | undefined {
  const stop = Math.max(floor, at - LOCAL_WINDOW);
  let i = at;
  while (i > stop && isLocalChar(text, i - 1)) i--;
  spend(budget, at - i + 1);
  // Still inside the run at the window's edge: longer than any local part, so no address (as before, when the
  // matcher took the whole run and validation refused it).
  if (i === at || (i === stop && i > floor && isLocalChar(text, i - 1))) return undefined;
  return i;
}

/** Where the domain after the "@" at `at` ends (two labels at least); undefined if none or too long. */
function domainEnd(text: string, at: number, budget: ScanBudget): number | undefined {
  const stop = Math.min(text.length, at + 1 + DOMAIN_WINDOW);
  let labels = 0;
  let end: number | undefined;
  let i = at + 1;
  for (; ; i++) {
    const from = i;
    while (i < stop && isLabelChar(text, i)) i++;
    if (i === stop && stop < text.length) {
      end = undefined; // longer than any domain
      break;
    }
    if (i === from) break;
    if (++labels >= 2) end = i;
    if (text[i] !== '.') break;
  }
  spend(budget, i - at);
  return end;
}

/**
 * Finds the addresses written in plain text, first spelling first, deduped case-insensitively. Linear in the text;
 * stops once `budget` is spent. Obfuscations ("name [at] example [dot] com") are left alone: the owner chose not
 * to publish them.
 */
export function extractEmails(input: string, budget: ScanBudget = scanBudget()): string[] {
  // Bounded input per text (one text node, one selection): what lies past this is not read.
  const text = input.length > TEXT_SCAN_LIMIT ? input.slice(0, TEXT_SCAN_LIMIT) : input;
  const out: string[] = [];
  const seen = new Set<string>();
  let searched = 0; // indexOf has read up to here
  let consumed = 0; // an earlier match ended here: the next one starts no earlier
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (!spend(budget, at + 1 - searched)) return out;
    searched = at + 1;
    const start = localStart(text, at, consumed, budget);
    const end = start === undefined ? undefined : domainEnd(text, at, budget);
    if (budget.exhausted) return out;
    if (start === undefined || end === undefined) continue;
    consumed = end;
    // Skip URL user-info ("ssh://git@host") and scp-style remotes ("git@github.com:org/repo").
    if (text[start - 1] === '/' || (text[end] === ':' && /\S/.test(text[end + 1] ?? ' '))) continue;
    let from = start;
    while (text[from] === '.' || text[from] === "'") from++;
    spend(budget, end - from); // normalizing and validating: a regex over at most 320 characters
    const email = normalizeEmail(text.slice(from, end));
    const key = email.toLowerCase();
    if (!seen.has(key) && isValidEmail(email)) {
      seen.add(key);
      out.push(email);
    }
  }
  spend(budget, text.length - searched);
  return out;
}

const MAILTO = 'mailto:';

/** The first address of a `mailto:` URL (RFC 6068: comma-separated, or a `to=` field), validated. */
export function emailFromMailto(href: string): string | undefined {
  const url = href.trimStart();
  if (url.slice(0, MAILTO.length).toLowerCase() !== MAILTO) return undefined;
  // The addresses before any "?" (headers) and "#"; a `to=` header when there are none.
  const [target = ''] = url.slice(MAILTO.length).split('#');
  const query = target.indexOf('?');
  const path = query < 0 ? target : target.slice(0, query);
  let list: string;
  try {
    list = path ? decodeURIComponent(path) : (new URLSearchParams(target.slice(query)).get('to') ?? '');
  } catch {
    return undefined; // malformed percent-encoding
  }
  const first = list.split(',').find((part) => part.trim()) ?? '';
  const email = normalizeEmail(first);
  // "Jane Doe <jane@example.com>" is a legal mailto address too.
  return isValidEmail(email) ? email : extractEmails(first)[0];
}
