import { browser } from 'wxt/browser';

// Opens the side panel (Chrome's side_panel, Firefox's sidebar_action). Both browsers accept it only straight
// from the user's gesture: callers call this first thing in their click or command handler, with no await before.

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function openSidePanel(windowId: number | undefined): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidebarAction) return apis.sidebarAction.open();
  if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId });
  return Promise.reject(new Error('This browser has no side panel.'));
}
