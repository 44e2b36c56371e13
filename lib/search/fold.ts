/** Lower case without accents, so "José" and "jose" are the same word (docs/product.md: search). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The words of a text, folded: runs of letters and digits ("Node.js" is "node" and "js"). */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
