import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

/** The most people one bulk run takes (docs/product.md, Bulk invites). */
export const MAX_BULK_LINES = 2_000;
/** A list of 2,000 people is well under a megabyte: anything past this is the wrong file. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The longest name a send accepts (lib/messaging/schemas.ts, sendInvite). */
export const MAX_NAME_LENGTH = 200;

/** Why an empty list cannot be reviewed. */
export const emptyList = (): string => i18n.t('bulk.emptyList');

export function tooManyLines(count: number): string {
  return i18n.t('bulk.tooManyLines', { count: formatNumber(count), max: formatNumber(MAX_BULK_LINES) });
}

/** A short quote of user text for a message. */
export function quote(text: string, max = 40): string {
  const t = text.trim();
  return `“${t.length > max ? `${t.slice(0, max)}…` : t}”`;
}
