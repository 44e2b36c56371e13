import { browser } from 'wxt/browser';
import { SIDE_PANEL_COMMAND } from '@/lib/side-panel/command';
import { openSidePanel } from '@/lib/side-panel/open';

/** The side panel's own keyboard command (docs/product.md, Side panel); the toolbar click still opens the popup. */
export function registerSidePanel(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SIDE_PANEL_COMMAND) return;
    openSidePanel(tab?.windowId).catch(() => undefined);
  });
}
