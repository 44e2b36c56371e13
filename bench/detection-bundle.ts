import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { loadMessages } from '../test/locale-messages';

// The detectors bundled for a page as an IIFE exposing `window[BUNDLE_GLOBAL]`: detectCandidates (the
// declared content script's set) and detectOnDemand (the on-demand script's), as the extension ships them, and
// textNodesWithAt, the engine's search they start from.

// The on-demand script says "Decoded from …" in the browser's language: a plain page has no `chrome.i18n`, so
// the bundle brings the English messages and Chrome's `$1` substitution.
const I18N_BANNER = `(() => {
  const messages = ${JSON.stringify(loadMessages('en'))};
  const getMessage = (key, subs) => {
    const list = typeof subs === 'string' ? [subs] : subs || [];
    return (messages[key]?.message ?? '').replace(/\\$(\\$|[1-9])/g, (_, d) => (d === '$' ? '$' : list[d - 1] ?? ''));
  };
  const chrome = (globalThis.chrome ??= {});
  chrome.i18n ??= { getMessage, getUILanguage: () => 'en-US' };
})();`;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_GLOBAL = '__alfaOneDetect';

export async function bundleDetectors(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "export { detectCandidates } from '@/lib/detection'; export { detectOnDemand } from '@/lib/detection/on-demand'; export { textNodesWithAt } from '@/lib/detection/text-with-at';",
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
    banner: { js: I18N_BANNER },
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced no output');
  return code;
}
