import { describe, expect, it } from 'vitest';
import { decodeFile } from '../decode';
import { parseCsv } from '../parse-csv';

const people = (text: string) =>
  parseCsv(text).lines.map(({ line, email, name, problem }) => ({ line, email, name, problem }));

describe('parseCsv', () => {
  it('should read a header with quoted commas in names', () => {
    expect(people('Email,Name\r\njane@example.com,"Doe, Jane"\r\n"john@example.com","Smith, John ""JJ"""\r\n')).toEqual(
      [
        { line: 2, email: 'jane@example.com', name: 'Doe, Jane', problem: undefined },
        { line: 3, email: 'john@example.com', name: 'Smith, John "JJ"', problem: undefined },
      ],
    );
  });

  it('should join first and last name columns, in any order, with other columns ignored', () => {
    expect(people('Last name;Phone;First Name;E-mail\nDoe;555;Jane;jane@example.com\n')).toEqual([
      { line: 2, email: 'jane@example.com', name: 'Jane Doe', problem: undefined },
    ]);
  });

  it('should read rows without a header', () => {
    expect(people('jane@example.com,Jane Doe\nJohn Smith,john@example.com\n')).toEqual([
      { line: 1, email: 'jane@example.com', name: 'Jane Doe', problem: undefined },
      { line: 2, email: 'john@example.com', name: 'John Smith', problem: undefined },
    ]);
  });

  it('should refuse a row with two addresses in its email cell', () => {
    expect(people('email,name\n"jane@example.com; joe@example.com",Jane\n')[0]!.problem).toMatch(/Two addresses/);
  });

  it('should refuse an empty file and one of 10,000 rows', () => {
    expect(parseCsv('email,name\n').error).toMatch(/empty/);
    expect(parseCsv('').error).toMatch(/empty/);
    const big = ['email', ...Array.from({ length: 10_000 }, (_, i) => `p${i}@example.com`)].join('\n');
    expect(parseCsv(big).error).toContain('10,000 people');
  });

  it('should refuse markup in a name column', () => {
    expect(people('email,name\njane@example.com,<b>Jane</b>\n')[0]!.problem).toMatch(/markup/);
  });
});

describe('decodeFile', () => {
  it('should read UTF-8 as it is, without a note', () => {
    const actual = decodeFile(new TextEncoder().encode('email,name\nj@example.com,José\n'));
    expect(actual).toEqual({ text: 'email,name\nj@example.com,José\n', encoding: 'UTF-8' });
  });

  it('should read a Windows-1252 file when UTF-8 fails, and say so', () => {
    // "José Müller" as Excel on Windows saves it: é = 0xE9, ü = 0xFC, invalid as UTF-8.
    const bytes = Uint8Array.from(
      [...'j@example.com,Jos'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]),
    );
    const actual = decodeFile(bytes);
    expect(actual.encoding).toBe('Windows-1252');
    expect(actual.note).toMatch(/not UTF-8/);
    expect(parseCsv(actual.text).lines[0]).toMatchObject({ email: 'j@example.com', name: 'José Müller' });
  });

  it('should read UTF-16 with a BOM (Excel "Unicode text")', () => {
    const text = 'email\tname\nj@example.com\tJosé';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const actual = decodeFile(bytes);
    expect(actual.encoding).toBe('UTF-16');
    expect(parseCsv(actual.text).lines[0]).toMatchObject({ email: 'j@example.com', name: 'José' });
  });

  it('should refuse a file far too large for a list', () => {
    expect(decodeFile(new Uint8Array(6 * 1024 * 1024)).error).toMatch(/6\.0 MB/);
  });
});
