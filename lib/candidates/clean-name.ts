// Names come from page text, written by strangers (docs/security.md SEC-9): they are shown in the popup and the
// context menu's title and sent to AlfaOne, so they are plain text only. Removed: control characters, the bidi
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C) that can make
// a name read as something else, and anything shaped like markup.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const TAG = /<[^<>]*>/g;

/** Text with the invisible characters above made spaces, and its whitespace collapsed. Joiners (ZWJ, ZWNJ) stay: some scripts need them. */
export function plainText(raw: string): string {
  return raw.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

/** A name from page text: plain text, with anything shaped like markup taken out. */
export function cleanName(raw: string): string {
  return plainText(raw.replace(TAG, ' ').replace(/[<>]/g, ''));
}
