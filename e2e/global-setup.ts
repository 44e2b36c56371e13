import { execFileSync } from 'node:child_process';
import { E2E_BASE_URL, E2E_OUT_DIR, RELEASE_OUT_DIR } from './config';

/** Builds the extension twice: against the sandbox's loopback URL, and as released (for the manifest checks). */
export default function globalSetup(): void {
  const build = (outDir: string, apiBaseUrl?: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env, WXT_OUT_DIR: outDir };
    if (apiBaseUrl) env.WXT_API_BASE_URL = apiBaseUrl;
    else delete env.WXT_API_BASE_URL;
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env });
  };
  build(E2E_OUT_DIR, E2E_BASE_URL);
  build(RELEASE_OUT_DIR);
}
