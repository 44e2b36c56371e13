import { isValidEmail, normalizeEmail } from '@/lib/email/extract';
import { quote } from './limits';
import { cleanName } from './name';
import type { ParsedLine } from './parsed-line';
import { i18n } from '#i18n';

const ADDRESS_LIKE = /[^\s<>,;:"'()[\]]+@[^\s<>,;:"'()[\]]+/g;

/** Distinct address-like words in a text (lowercased), to refuse a line that names two people. */
export function addressesIn(text: string): string[] {
  return [...new Set([...text.matchAll(ADDRESS_LIKE)].map((m) => normalizeEmail(m[0]).toLowerCase()))];
}

export function twoAddresses(found: string[]): string {
  return i18n.t('bulk.twoAddresses', { found: found.slice(0, 2).join(', ') });
}

/** A person from an address and a name as written; the line keeps its text and says what is wrong. */
export function toPerson(line: number, text: string, rawEmail: string | undefined, rawName?: string): ParsedLine {
  const given = (rawEmail ?? '').trim().replace(/^mailto:/i, '');
  if (!given) return { line, text, problem: i18n.t('bulk.noEmail') };
  const email = normalizeEmail(given);
  if (!isValidEmail(email)) return { line, text, problem: i18n.t('bulk.notAnEmail', { text: quote(given) }) };
  const { name, problem } = cleanName(rawName);
  if (problem) return { line, text, email, problem };
  return name ? { line, text, email, name } : { line, text, email };
}

/** Cells without a header (a spreadsheet row): the one with an "@" is the address, the others make the name. */
export function personFromCells(line: number, text: string, cells: string[]): ParsedLine {
  const found = addressesIn(cells.join(' '));
  if (found.length > 1) return { line, text, problem: twoAddresses(found) };
  const index = cells.findIndex((c) => c.includes('@'));
  const name = cells.filter((c, i) => i !== index && c.trim()).join(' ');
  return toPerson(line, text, index === -1 ? undefined : cells[index], name);
}
