import { browser } from 'wxt/browser';
import { apiKey } from '@/lib/storage/api-key';
import { updateBadge } from './badge';
import { clearTabCandidates } from './candidates-service';

/** Locks storage.local to the extension's own pages and worker (security.md SEC-3); Firefox lacks it for local. */
export function lockStorage(): void {
  const local = browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
}

export function registerLifecycle(): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install' && !(await apiKey.getValue())) await browser.runtime.openOptionsPage();
    await updateBadge();
  });
  browser.runtime.onStartup.addListener(() => void updateBadge());
  browser.tabs.onRemoved.addListener((tabId) => void clearTabCandidates(tabId));
}
