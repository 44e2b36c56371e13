import { addressesIn, toPerson, twoAddresses } from './person';
import type { ParsedLine } from './parsed-line';
import { i18n } from '#i18n';

/** Which column holds what, from a header row. */
export interface Columns {
  email: number;
  name?: number;
  first?: number;
  last?: number;
}

const HEADERS: Record<keyof Columns, readonly string[]> = {
  email: ['email', 'e mail', 'email address', 'e mail address', 'mail', 'work email', 'emails'],
  name: ['name', 'full name', 'fullname', 'candidate', 'candidate name', 'display name'],
  first: ['first name', 'firstname', 'first', 'given name', 'forename'],
  last: ['last name', 'lastname', 'last', 'surname', 'family name'],
};

const normalize = (cell: string) =>
  cell
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A header row, if this is one: no address in it and at least one known column name. A header without an email
 * column cannot be used, and says so rather than guessing.
 */
export function readHeader(cells: string[]): { columns: Columns } | { error: string } | undefined {
  if (cells.some((c) => c.includes('@'))) return undefined;
  const names = cells.map(normalize);
  const find = (key: keyof Columns) => {
    const i = names.findIndex((n) => HEADERS[key].includes(n));
    return i === -1 ? undefined : i;
  };
  const found = { email: find('email'), name: find('name'), first: find('first'), last: find('last') };
  if (Object.values(found).every((i) => i === undefined)) return undefined;
  if (found.email === undefined) {
    return { error: i18n.t('bulk.noEmailColumn', { cells: cells.join(', ') }) };
  }
  return { columns: { ...found, email: found.email } };
}

/** A row read through its header: only the email column is an address; the name comes from its columns. */
export function personFromColumns(line: number, text: string, cells: string[], columns: Columns): ParsedLine {
  const email = cells[columns.email] ?? '';
  const found = addressesIn(email);
  if (found.length > 1) return { line, text, problem: twoAddresses(found) };
  const cell = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim());
  const name = cell(columns.name) || [cell(columns.first), cell(columns.last)].filter(Boolean).join(' ');
  return toPerson(line, text, email, name);
}
