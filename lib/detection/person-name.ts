// "Jane Doe", "Ana María de la Cruz", "Seán O'Brien", "J. R. Smith": two to five words, the
// first and last capitalised, short lowercase particles between. No digits, no "@".
export const NAME = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*(?: (?:\p{Ll}{1,3} )*[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*){1,4}$/u;
// The same rule for ASCII text, where each Unicode class above has these letters and no others. V8 compiles
// NAME's classes anew in every page (~2 ms of the content script's start-up): most names never need it.
export const ASCII_NAME = /^[A-Z][A-Za-z'.-]*(?: (?:[a-z]{1,3} )*[A-Z][A-Za-z'.-]*){1,4}$/;
const ASCII = /^[\x20-\x7e]*$/;

/** Whether a short text reads as a person's name rather than a role, a label or an address. */
export function looksLikeName(text: string): boolean {
  // All capitals is a label or a company ("HR TEAM"), not how a name column is written.
  return text.length <= 60 && (ASCII.test(text) ? ASCII_NAME : NAME).test(text) && text !== text.toUpperCase();
}
