import { MAX_NAME_LENGTH, quote } from './limits';

// Control, format and direction-override characters (docs/security.md SEC-9): names are plain text.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
/** `"Doe, Jane"` as mail programs quote it: one surrounding pair, and only a pair. */
const QUOTED = /^["“'‘](.*)["”'’]$/s;

/** A name as it will be sent, or why it cannot be: markup is refused rather than guessed at. */
export function cleanName(raw: string | undefined): { name?: string; problem?: string } {
  const name = (raw ?? '').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim().replace(QUOTED, '$1').trim();
  if (!name || name.includes('@')) return {};
  if (/[<>]/.test(name)) {
    return { problem: `The name ${quote(name)} contains markup (< or >): write it as plain text.` };
  }
  if (name.length > MAX_NAME_LENGTH)
    return { problem: `The name is ${name.length} characters long; at most ${MAX_NAME_LENGTH}.` };
  return { name };
}
