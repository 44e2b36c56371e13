import { keyInForce } from '@/lib/storage/api-key';
import { keyStatus, settings } from '@/lib/storage/items';
import type { Settings } from '@/lib/settings/settings';
import { statusOfKey } from '../key-usable';

// Whose invites the index holds: a digest of the API base URL and the key in force, never the key itself. A key
// replaced, removed or switched to another environment or base URL is another owner: the index starts over.
// One index, for the key in force, rather than one per environment: at 50,000 invites an index takes up to 20 MB
// (docs/product.md budgets), and a test organization is usually small, so its first sync after a switch is cheap;
// a switch back to live reads the live index anew at half the rate budget. Until it is ready, a send's duplicate
// check reads AlfaOne directly (REL-7), so nothing of one environment ever answers for the other.

export interface IndexOwner {
  owner: string;
  key: string;
  settings: Settings;
}

/** The owner for the key in force, or null when there is none that may be used (none, or refused: SEC-6). */
export async function currentOwner(): Promise<IndexOwner | null> {
  const [key, status, current] = await Promise.all([keyInForce(), keyStatus.getValue(), settings.getValue()]);
  // The status of this very key: mid-switch, the status may still be the previous key's (SEC-6).
  if (!key || statusOfKey(status, key)?.state !== 'connected') return null;
  return { owner: await ownerOf(current.baseUrl, key), key, settings: current };
}

/** The owner `key` makes at `baseUrl`, whatever AlfaOne thinks of the key now. */
export function ownerOf(baseUrl: string, key: string): Promise<string> {
  return digest(`${baseUrl}\n${key}`);
}

async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
