import { apiKey } from '@/lib/storage/api-key';
import { keyStatus, settings } from '@/lib/storage/items';
import type { Settings } from '@/lib/settings/settings';

// Whose invites the index holds: a digest of the API base URL and the key, never the key itself. A key
// replaced, removed or switched to another environment or base URL is another owner: the index starts over.

export interface IndexOwner {
  owner: string;
  key: string;
  settings: Settings;
}

/** The owner for the key in force, or null when there is none that may be used (none, or refused: SEC-6). */
export async function currentOwner(): Promise<IndexOwner | null> {
  const [key, status, current] = await Promise.all([apiKey.getValue(), keyStatus.getValue(), settings.getValue()]);
  if (!key || status.state !== 'connected') return null;
  return { owner: await digest(`${current.baseUrl}\n${key}`), key, settings: current };
}

async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
