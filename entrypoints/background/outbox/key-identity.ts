// An entry remembers which key it was asked under by a hash prefix, never the key (docs/security.md REL-10, SEC-5).

let last: { key: string; id: Promise<string> } | undefined;

/** Memoised for the last key: concurrent sends then resume in the order they came. */
export function keyIdentity(key: string): Promise<string> {
  if (last?.key !== key) last = { key, id: hash(key) };
  return last.id;
}

async function hash(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
