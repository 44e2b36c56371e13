import { execFileSync } from 'node:child_process';
import { E2E_BASE_URL, E2E_OUT_DIR } from './config';

/** Builds the extension against the sandbox's loopback URL, as a developer would for the demo. */
export default function globalSetup(): void {
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, WXT_API_BASE_URL: E2E_BASE_URL, WXT_OUT_DIR: E2E_OUT_DIR },
  });
}
