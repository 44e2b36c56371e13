import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// The detectors bundled for a page as an IIFE exposing `window[BUNDLE_GLOBAL]`: detectCandidates (the
// declared content script's set) and detectOnDemand (the on-demand script's), as the extension ships them.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_GLOBAL = '__alfaOneDetect';

export async function bundleDetectors(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "export { detectCandidates } from '@/lib/detection'; export { detectOnDemand } from '@/lib/detection/on-demand';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    alias: { '@': ROOT },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced no output');
  return code;
}
