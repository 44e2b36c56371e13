// "Jane Doe", "Ana María de la Cruz", "Seán O'Brien", "J. R. Smith": two to five words, the
// first and last capitalised, short lowercase particles between. No digits, no "@".
const NAME = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*(?: (?:\p{Ll}{1,3} )*[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*){1,4}$/u;

/** Whether a short text reads as a person's name rather than a role, a label or an address. */
export function looksLikeName(text: string): boolean {
  // All capitals is a label or a company ("HR TEAM"), not how a name column is written.
  return text.length <= 60 && NAME.test(text) && text !== text.toUpperCase();
}
