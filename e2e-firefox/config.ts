import path from 'node:path';
import { E2E_BASE_URL } from '../e2e/config';

/** The Firefox build made for the sandbox: same base URL as the Chromium suite's (the two suites run one after the other). */
export const FIREFOX_OUT_DIR = path.resolve('.output/e2e-firefox');
export const FIREFOX_EXTENSION_DIR = path.join(FIREFOX_OUT_DIR, 'firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export { E2E_BASE_URL };

/** The add-on's gecko id (wxt.config.ts) and the moz-extension:// UUID pinned for it, so page URLs are known. */
export const ADDON_ID = 'invite@alfaone.app';
export const ADDON_UUID = '0a1f0a1f-0a1f-4a1f-8a1f-0a1f0a1f0a1f';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/**
 * Firefox stops an idle event page after `extensions.background.idle.timeout` (30 s by default); the suite makes it
 * short so a test can see the background stop and start again as it does in use, sooner.
 */
export const BACKGROUND_IDLE_MS = 3_000;
