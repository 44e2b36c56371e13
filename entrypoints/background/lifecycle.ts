import { browser } from 'wxt/browser';
import { keyInForce } from '@/lib/storage/api-key';
import { storageWall, type StorageWall } from '@/lib/storage/session-items';
import { updateBadge } from './badge';
import { clearTabCandidates } from './candidates-service';

let wall: Promise<StorageWall> | undefined;

/**
 * Chrome's second wall (docs/security.md SEC-3): storage.local locked to the extension's own contexts, checked at
 * start. Where the lock is missing or refused the answer is `unavailable`, and the extension fails closed. Firefox
 * can lock only storage.session; nothing privileged lives in its storage.local (the first wall is IndexedDB).
 */
export function lockStorage(): Promise<StorageWall> {
  wall ??= (async (): Promise<StorageWall> => {
    const state = import.meta.env.FIREFOX ? 'not-applicable' : await setLock();
    if (state === 'unavailable')
      console.error('storage.local cannot be locked to the extension: the extension stays closed');
    await storageWall.setValue(state);
    return state;
  })();
  return wall;
}

async function setLock(): Promise<StorageWall> {
  const local = browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  if (typeof local.setAccessLevel !== 'function') return 'unavailable';
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return 'locked';
  } catch {
    return 'unavailable';
  }
}

export function registerLifecycle(): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install' && !(await keyInForce())) await browser.runtime.openOptionsPage();
    await updateBadge();
  });
  browser.runtime.onStartup.addListener(() => void updateBadge());
  browser.tabs.onRemoved.addListener((tabId) => void clearTabCandidates(tabId));
}
