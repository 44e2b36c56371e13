import path from 'node:path';

/** The sandbox port the end-to-end build is made for (the base URL is fixed at build time). */
export const E2E_SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT || 48151);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_SANDBOX_PORT}/api/v1`;
/** The outbox's settle period in the end-to-end build (60 s as released). */
export const E2E_SETTLE_MS = 4_000;
export const E2E_OUT_DIR = path.resolve('.output/e2e');
export const E2E_EXTENSION_DIR = path.join(E2E_OUT_DIR, 'chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** A build made as released (no WXT_API_BASE_URL), for the manifest and bundle checks. */
export const RELEASE_OUT_DIR = path.resolve('.output/release');
export const RELEASE_EXTENSION_DIR = path.join(RELEASE_OUT_DIR, 'chrome-mv3');
