import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchBulkPage } from '../bench/bulk';
import { benchContentScriptCost, withEmptyContentScript } from '../bench/content-script-cost';
import { benchDetection } from '../bench/detection';
import { benchInviteIndex } from '../bench/invite-index';
import { benchStatusRefresh } from '../bench/status-refresh';
import { generateDetectionPage } from '../bench/detection-page';
import { benchExtraction } from '../bench/extraction';
import { benchPopupBundle } from '../bench/popup-bundle';
import { benchPopupFirstPaint } from '../bench/popup-first-paint';
import { benchPopupScale } from '../bench/popup-scale';
import { benchPopupShortcut } from '../bench/popup-shortcut';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { startSandbox } from '../sandbox/server';
import { launchWithExtension, storeKey, type ExtensionBrowser } from '../e2e/browser';
import { E2E_BASE_URL, E2E_EXTENSION_DIR, E2E_OUT_DIR, E2E_SANDBOX_PORT } from '../e2e/config';
import { runLoad } from '../e2e/load-scenario';
import { sandboxControl } from '../e2e/sandbox-control';
import { startStandInSites } from '../e2e/stand-in/sites';

// `npm run bench`: the figures of docs/product.md's budgets, each measured here, in this run. Nothing is asserted.
// BENCH_QUICK=1 skips the three-minute load run; BENCH_ONLY=popup runs the bundles and the popup's figures alone,
// BENCH_ONLY=index the invite index's (Follow up and the status refresh included), BENCH_ONLY=content the content
// script's cost per LinkedIn page load alone.
const popupOnly = process.env.BENCH_ONLY === 'popup';
const contentOnly = process.env.BENCH_ONLY === 'content';
const indexOnly = process.env.BENCH_ONLY === 'index';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const line = (label: string, value: string, budget: string) =>
  console.log(`${label.padEnd(58)} ${value.padEnd(28)} budget ${budget}`);

function build(outDir: string, apiBaseUrl?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, WXT_OUT_DIR: outDir };
  if (apiBaseUrl) env.WXT_API_BASE_URL = apiBaseUrl;
  else delete env.WXT_API_BASE_URL;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env });
}

function bundleSizes(dir: string) {
  const content = fs.readFileSync(path.join(dir, 'content-scripts/content.js'));
  const html = fs.readFileSync(path.join(dir, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => path.join(dir, m[1]!));
  const popup = Buffer.concat(scripts.map((file) => fs.readFileSync(file)));
  return { content, popup };
}

async function launchKeyed(
  args: string[],
  headless: boolean,
  extensionDir = E2E_EXTENSION_DIR,
): Promise<ExtensionBrowser> {
  const ext = await launchWithExtension({ extensionDir, headless, args });
  await storeKey(ext, SANDBOX_KEYS.live);
  return ext;
}

async function withExtension<T>(
  args: string[],
  headless: boolean,
  run: (ext: ExtensionBrowser) => Promise<T>,
): Promise<T> {
  const ext = await launchKeyed(args, headless);
  try {
    return await run(ext);
  } finally {
    await ext.close();
  }
}

/** The declared content script's whole cost per LinkedIn page load, beside its floors (bench/content-script-cost.ts). */
async function contentScriptCost(): Promise<void> {
  console.log(
    '\n== The content script per LinkedIn page load, beside an empty one (measure | budget | measured | met?)',
  );
  await benchContentScriptCost(
    async (routes, extensionDir) => {
      const profileSites = await startStandInSites(routes);
      const ext = await launchKeyed(profileSites.chromiumArgs, true, extensionDir);
      return {
        ext,
        close: async () => {
          await ext.close();
          await profileSites.close();
        },
      };
    },
    E2E_EXTENSION_DIR,
    withEmptyContentScript(E2E_EXTENSION_DIR, path.resolve('.output/bench-empty-content-script')),
  );
}

/** Everything before the invite index: bundles, extraction, detection, the popup, the content script, bulk. */
async function beforeTheIndex(): Promise<void> {
  console.log('== Bundles (release build)');
  build(path.resolve('.output/bench-release'));
  const sizes = bundleSizes(path.resolve('.output/bench-release/chrome-mv3'));
  line(
    'Content script (no React; @webext-core/messaging included)',
    `${kib(sizes.content.length)} raw, ${kib(gzipSync(sizes.content).length)} gzip`,
    '≤ 7 KB gzip',
  );
  benchPopupBundle(path.resolve('.output/bench-release/chrome-mv3'));

  if (!popupOnly) {
    console.log('\n== Address extraction on hostile page text');
    benchExtraction(line);

    console.log('\n== Detection on a 5 MB page, against innerText + one regex in the same run');
    await benchDetection();
  }

  build(E2E_OUT_DIR, E2E_BASE_URL);
  const sandbox = await startSandbox({ port: E2E_SANDBOX_PORT });
  const control = sandboxControl(sandbox.url);
  const bigPage = generateDetectionPage().html;
  const sites = await startStandInSites({ 'www.example.com/big/': () => bigPage });
  try {
    console.log('\n== Popup: first paint, scale, search, shortcut (measure | budget | measured | met?)');
    await withExtension([], true, (ext) => benchPopupFirstPaint(ext, E2E_EXTENSION_DIR, control));
    await benchPopupScale(() => launchKeyed([], true), sandbox, control);
    if (!popupOnly) {
      await benchPopupShortcut(() => launchKeyed(sites.chromiumArgs, false), 'https://www.example.com/big/');

      await contentScriptCost();

      if (process.env.BENCH_QUICK) {
        console.log('\n== 150 invites at the Standard tier: skipped (BENCH_QUICK)');
      } else {
        console.log('\n== 150 invites at the Standard tier (about three minutes)');
        await control.reset();
        const result = await withExtension([], true, async (ext) => {
          const popup = await ext.context.newPage();
          await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
          await popup.getByRole('radio').first().waitFor();
          return runLoad(popup, control, 150, 100);
        });
        line(
          'Share of the allowed rate used (ideal time / actual time)',
          `${result.shareOfRate.toFixed(2)} (${(result.durationMs / 1000).toFixed(0)} s for ${result.requests} requests)`,
          '≥ 0.9',
        );
        line(
          '429s earned; invites lost; invites twice',
          `${result.rateLimited}; ${result.lost}; ${result.duplicates}`,
          '0; 0; 0',
        );
      }
      await benchBulkPage(control);
    }
  } finally {
    await sites.close();
    await sandbox.close();
  }
}

if (contentOnly) {
  build(E2E_OUT_DIR, E2E_BASE_URL);
  const sandbox = await startSandbox({ port: E2E_SANDBOX_PORT });
  await contentScriptCost().finally(() => sandbox.close());
  process.exit(0);
}
if (indexOnly) build(E2E_OUT_DIR, E2E_BASE_URL);
else await beforeTheIndex();

if (!popupOnly) {
  console.log('\n== Invite index at 50,000 invites');
  await benchInviteIndex(line);

  // An hour of the sync's steps on a simulated clock: about half a minute.
  console.log('\n== Status refresh at 2,000 live among 50,000 invites');
  await benchStatusRefresh(line);
}
