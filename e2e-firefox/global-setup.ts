import { execFileSync } from 'node:child_process';
import { E2E_BASE_URL, FIREFOX_OUT_DIR } from './config';

/** Builds the Firefox add-on (Manifest V3) against the sandbox's loopback URL. */
export default function globalSetup(): void {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
    stdio: 'inherit',
    env: { ...process.env, WXT_OUT_DIR: FIREFOX_OUT_DIR, WXT_API_BASE_URL: E2E_BASE_URL },
  });
}
