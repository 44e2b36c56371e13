// The key a record is stored under: [digest of the lowercased address, digest of the invite's id], each the first
// 52 bits of its SHA-256 as a number. Measured in Chromium at 50,000 invites, string keys ([address, id]) took
// 37 MiB, most of it in the sentAt index's copies of the key; number keys take 13 MiB (docs/product.md,
// Budgets: ≤ 20 MB). A lookup reads the address's key range and keeps only records of that exact address, so a
// digest shared by two addresses costs nothing; two invites of one address sharing 52 bits is not a concern.

export type RecordKey = [number, number];

const BOUND = 2 ** 52;

async function digest52(text: string): Promise<number> {
  const view = new DataView(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return view.getUint32(0) * 2 ** 20 + (view.getUint32(4) >>> 12);
}

export async function recordKey(email: string, id: string): Promise<RecordKey> {
  return [await digest52(email), await digest52(id)];
}

/** Every key of one (lowercased) address. */
export async function addressRange(email: string): Promise<IDBKeyRange> {
  const address = await digest52(email);
  return IDBKeyRange.bound([address, 0], [address, BOUND]);
}
