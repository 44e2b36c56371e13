/** The most people one bulk run takes (docs/product.md, Bulk invites). */
export const MAX_BULK_LINES = 2_000;
/** A list of 2,000 people is well under a megabyte: anything past this is the wrong file. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The longest name a send accepts (lib/messaging/schemas.ts, sendInvite). */
export const MAX_NAME_LENGTH = 200;

export const EMPTY_LIST = 'The list is empty: paste or type one person per line, or choose a CSV file.';

export function tooManyLines(count: number): string {
  return `This list has ${count.toLocaleString('en')} people; one run takes at most ${MAX_BULK_LINES.toLocaleString('en')}. Split it into smaller lists and send them one after another.`;
}

/** A short quote of user text for a message. */
export function quote(text: string, max = 40): string {
  const t = text.trim();
  return `“${t.length > max ? `${t.slice(0, max)}…` : t}”`;
}
