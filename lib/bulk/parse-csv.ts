import Papa from 'papaparse';
import { readHeader, personFromColumns, type Columns } from './columns';
import { emptyList, MAX_BULK_LINES, tooManyLines } from './limits';
import { personFromCells } from './person';
import type { ParsedList } from './parsed-line';

/**
 * A CSV file's text (papaparse: quoted commas and line breaks, and the delimiter guessed among comma, semicolon
 * and tab). A header row with "email", "name", "first name"/"last name" and the like names the columns; without
 * one, the cell with an "@" is the address and the others make the name. Rows are numbered as in the file.
 */
export function parseCsv(text: string): ParsedList {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data.filter((r) => r.some((c) => c.trim()));
  if (rows.length === 0) return { lines: [], error: emptyList() };
  const header = readHeader(rows[0]!);
  if (header && 'error' in header) return { lines: [], error: header.error };
  const columns: Columns | undefined = header?.columns;
  const body = columns ? rows.slice(1) : rows;
  if (body.length === 0) return { lines: [], error: emptyList() };
  if (body.length > MAX_BULK_LINES) return { lines: [], error: tooManyLines(body.length) };
  const offset = columns ? 2 : 1;
  const badQuotes = new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => e.row));
  return {
    lines: body.map((cells, i) => {
      const line = i + offset;
      const text = cells.join(', ');
      if (badQuotes.has(i + offset - 1))
        return { line, text, problem: 'A quote (") is not closed on this row: check the file.' };
      return columns ? personFromColumns(line, text, cells, columns) : personFromCells(line, text, cells);
    }),
  };
}
