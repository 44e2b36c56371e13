import { browser } from 'wxt/browser';
import { originPattern } from '@/lib/config/api-base-url';

/**
 * Whether the user granted access to the API base URL's origin (docs/security.md PERM-2): the legacy base URL is an
 * optional permission, and Firefox lets users revoke any host permission. No request goes out without it: asked
 * afresh before each one.
 */
export async function hasHostPermission(baseUrl: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(baseUrl)] });
  } catch {
    // A browser without the permissions API enforces host access itself; the fetch would fail there.
    return true;
  }
}

/** Answers for what is only shown (the index status, asked on every lookup), kept until a permission changes. */
const known = new Map<string, Promise<boolean>>();

/** `hasHostPermission` for display: cached, refreshed when a permission is added or removed. Never before a request. */
export function knownHostPermission(baseUrl: string): Promise<boolean> {
  const origin = originPattern(baseUrl);
  const answer = known.get(origin) ?? hasHostPermission(baseUrl);
  known.set(origin, answer);
  return answer;
}

/**
 * Registered at worker start, so a grant or a revocation in any page reaches the cache, and a grant reaches
 * `granted`: what waited for access (the outbox's invites, the invite index's sync) goes on.
 */
export function registerHostPermissionWatch(granted: () => void): void {
  const forget = () => known.clear();
  browser.permissions.onAdded.addListener(() => {
    forget();
    granted();
  });
  browser.permissions.onRemoved.addListener(forget);
}
