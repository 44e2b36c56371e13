import { readHeader, personFromColumns, type Columns } from './columns';
import { emptyList, MAX_BULK_LINES, tooManyLines } from './limits';
import { addressesIn, personFromCells, toPerson, twoAddresses } from './person';
import type { ParsedLine, ParsedList } from './parsed-line';

/**
 * A pasted list, one person per line: `email`, `Name <email>`, `email, Name` (or `Name, email`), or a row pasted
 * from a spreadsheet (tab-separated, with or without a header row). Blank lines are ignored.
 */
export function parseCandidatesText(text: string): ParsedList {
  const rows = text.split(/\r\n|\r|\n/).map((raw, i) => ({ line: i + 1, raw: raw.trim() }));
  const filled = rows.filter((r) => r.raw);
  if (filled.length === 0) return { lines: [], error: emptyList() };
  let columns: Columns | undefined;
  const first = filled[0]!;
  const header = readHeader(splitRow(first.raw));
  if (header && 'error' in header) return { lines: [], error: header.error };
  if (header) {
    columns = header.columns;
    filled.shift();
  }
  if (filled.length === 0) return { lines: [], error: emptyList() };
  if (filled.length > MAX_BULK_LINES) return { lines: [], error: tooManyLines(filled.length) };
  return {
    lines: filled.map(({ line, raw }) =>
      columns ? personFromColumns(line, raw, splitRow(raw), columns) : parseLine(line, raw),
    ),
  };
}

/** Tabs when the row came from a spreadsheet, else commas (a header row typed by hand). */
function splitRow(raw: string): string[] {
  return raw.includes('\t') ? raw.split('\t') : raw.split(/[,;]/);
}

/** One line without a header. */
export function parseLine(line: number, text: string): ParsedLine {
  const found = addressesIn(text);
  if (found.length > 1) return { line, text, problem: twoAddresses(found) };
  if (text.includes('\t')) return personFromCells(line, text, text.split('\t'));
  // `Name <email>`, the way mail programs write it (the bracketed part must be the address).
  const angled = /^(.*)<([^<>]*@[^<>]*)>[\s,;]*$/.exec(text);
  if (angled) return toPerson(line, text, angled[2], angled[1]);
  // `email, Name` or `Name, email`: split at the first comma or semicolon only, so a name may hold one.
  const comma = /^([^,;]*)[,;](.*)$/.exec(text);
  if (comma) return personFromCells(line, text, [comma[1]!, comma[2]!]);
  // `email` alone, or `Name email` separated by spaces.
  const words = text.split(/\s+/);
  const at = words.findIndex((w) => w.includes('@'));
  if (at === -1) return toPerson(line, text, words.length === 1 ? text : undefined);
  return toPerson(line, text, words[at], words.filter((_, i) => i !== at).join(' '));
}
