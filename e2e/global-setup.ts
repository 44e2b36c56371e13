import { execFileSync } from 'node:child_process';
import { E2E_BASE_URL, E2E_OUT_DIR, E2E_SETTLE_MS, RELEASE_OUT_DIR } from './config';

/** Builds the extension twice: against the sandbox's loopback URL, and as released (for the manifest checks). */
export default function globalSetup(): void {
  const build = (outDir: string, apiBaseUrl?: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env, WXT_OUT_DIR: outDir };
    if (apiBaseUrl) env.WXT_API_BASE_URL = apiBaseUrl;
    else delete env.WXT_API_BASE_URL;
    // The outbox's settle period (docs/security.md REL-5), short in the test build only: what is checked stays the same.
    if (apiBaseUrl) env.WXT_OUTBOX_SETTLE_MS = String(E2E_SETTLE_MS);
    else delete env.WXT_OUTBOX_SETTLE_MS;
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env });
  };
  build(E2E_OUT_DIR, E2E_BASE_URL);
  build(RELEASE_OUT_DIR);
}
