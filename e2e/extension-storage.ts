// Reads and writes the extension's own IndexedDB (lib/storage/db.ts) from one of its contexts (its worker or one of
// its pages), as the extension itself does: records `{ v, value }` in the `items` store, each write announced on
// the storage channel so watchers hear it. Shared by the Chromium and Firefox suites (Playwright's and
// Puppeteer's `evaluate` take the same function and argument).

export interface Evaluator {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate(fn: (arg: any) => unknown, arg: any): Promise<any>;
}

interface Op {
  set?: Record<string, unknown>;
  remove?: string[];
}

/** Runs inside the extension: self-contained, it is sent as source. */
async function inExtension(op: Op): Promise<Record<string, unknown>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('alfaone-invite', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('items');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('items', 'readwrite');
  const store = tx.objectStore('items');
  for (const [name, value] of Object.entries(op.set ?? {})) store.put({ v: 1, value }, name);
  for (const name of op.remove ?? []) store.delete(name);
  const all: Record<string, unknown> = {};
  const cursor = store.openCursor();
  await new Promise<void>((resolve, reject) => {
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return resolve();
      all[String(at.key)] = (at.value as { value: unknown }).value;
      at.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  const channel = new BroadcastChannel('alfaone-invite:storage');
  for (const name of [...Object.keys(op.set ?? {}), ...(op.remove ?? [])]) channel.postMessage({ name });
  channel.close();
  return all;
}

/** Every item the extension keeps in its own storage, by name. */
export const readExtensionItems = (target: Evaluator): Promise<Record<string, unknown>> =>
  target.evaluate(inExtension, {});

export const writeExtensionItems = (
  target: Evaluator,
  set: Record<string, unknown>,
): Promise<Record<string, unknown>> => target.evaluate(inExtension, { set });

export const removeExtensionItems = (target: Evaluator, remove: string[]): Promise<Record<string, unknown>> =>
  target.evaluate(inExtension, { remove });

/** What the key status looks like once AlfaOne accepted `key` (the options page's own words come from it). */
export function connectedStatus(key: string) {
  return {
    configured: true,
    mode: key.startsWith('ak_test_') ? 'test' : 'live',
    last4: key.slice(-4),
    state: 'connected',
    verifiedAt: Date.now(),
  };
}
