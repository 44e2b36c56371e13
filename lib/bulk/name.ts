import { plainText } from '@/lib/candidates/clean-name';
import { MAX_NAME_LENGTH, quote } from './limits';
import { i18n } from '#i18n';

/** `"Doe, Jane"` as mail programs quote it: one surrounding pair, and only a pair. */
const QUOTED = /^["“'‘](.*)["”'’]$/s;

/** A name as it will be sent, or why it cannot be: markup is refused rather than guessed at. */
export function cleanName(raw: string | undefined): { name?: string; problem?: string } {
  // Plain text as a page's names are (docs/security.md SEC-9), but markup is refused here, not taken out: the user
  // typed this list and can correct it.
  const name = plainText(raw ?? '')
    .replace(QUOTED, '$1')
    .trim();
  if (!name || name.includes('@')) return {};
  if (/[<>]/.test(name)) {
    return { problem: i18n.t('bulk.nameMarkup', { name: quote(name) }) };
  }
  if (name.length > MAX_NAME_LENGTH)
    return { problem: i18n.t('bulk.nameTooLong', { length: name.length, max: MAX_NAME_LENGTH }) };
  return { name };
}
