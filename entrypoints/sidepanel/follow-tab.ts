import { browser } from 'wxt/browser';
import { callBackground } from '@/lib/messaging/call';
import { applyCandidates } from './apply-candidates';

// The side panel follows the active tab of its window: another tab, a page load, or a single-page app's in-app
// navigation (the content script reports the new page's candidates; the background stores them per tab).

export async function followActiveTab(): Promise<void> {
  // Loaded once the panel is drawn (this runs after its first render): WXT's storage module, for the reports as they
  // come, is the largest part of the panel's script that its first view does not use.
  const [{ tabCandidates }, { id: windowId }] = await Promise.all([
    import('@/lib/storage/session-items'),
    browser.windows.getCurrent(),
  ]);
  let activeTabId: number | undefined;
  let unwatch: (() => void) | undefined;

  const follow = async (tabId: number) => {
    if (tabId === activeTabId) return;
    activeTabId = tabId;
    unwatch?.();
    // The content script's reports for this tab, as they come (LinkedIn's in-app navigation among them).
    unwatch = tabCandidates(tabId).watch((candidates) => {
      if (activeTabId === tabId && candidates) applyCandidates(candidates);
    });
    await refresh(tabId);
  };
  const refresh = async (tabId: number) => {
    const result = await callBackground('getTabCandidates', { tabId });
    if (result.ok && activeTabId === tabId) applyCandidates(result.data);
  };

  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) void follow(info.tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A full page load in the active tab: read the new page once it is there.
    if (tab.active && tab.windowId === windowId && change.status === 'complete') {
      if (tabId === activeTabId) void refresh(tabId);
      else void follow(tabId);
    }
  });
  const [tab] = await browser.tabs.query({ active: true, windowId });
  if (tab?.id !== undefined) await follow(tab.id);
}
