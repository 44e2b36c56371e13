import { browser } from 'wxt/browser';
import { originPattern } from '@/lib/config/api-base-url';

/**
 * Whether the user granted access to the API base URL's origin (docs/security.md PERM-2): the legacy base URL is an
 * optional permission, and Firefox lets users revoke any host permission. No request goes out without it.
 */
export async function hasHostPermission(baseUrl: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(baseUrl)] });
  } catch {
    // A browser without the permissions API enforces host access itself; the fetch would fail there.
    return true;
  }
}
