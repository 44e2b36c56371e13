/** The manifest command that opens the side panel (wxt.config.ts; the background listens for it). */
export const SIDE_PANEL_COMMAND = 'open-side-panel';
