import path from 'node:path';
import type { ChunkingContext } from 'rolldown';
import { mergeConfig } from 'vite';
import { defineConfig } from 'wxt';
import { DEFAULT_BASE_URL, DOCUMENTED_BASE_URLS, originPattern, parseBaseUrl } from './lib/config/api-base-url';
import { DETECTION_SITES } from './lib/candidates/sites';
import { SIDE_PANEL_COMMAND } from './lib/side-panel/command';

// Build-time, non-secret: the API base URL this build talks to by default (docs/product.md, configuration contract).
const apiBaseUrl = parseBaseUrl(process.env.WXT_API_BASE_URL || DEFAULT_BASE_URL);
const apiHosts = [...new Set([originPattern(DEFAULT_BASE_URL), originPattern(apiBaseUrl)])];
// The API origins, and the sites the content script watches (it reads candidates there and sets the badge).
const hostPermissions = [...apiHosts, ...DETECTION_SITES];

/**
 * The popup's first paint waits for every script file it imports statically: seven chunks by default, fetched in
 * parallel but each a round trip (about 10 ms of its first paint, measured). They go into two: what only the popup
 * and the side panel use, and what the options or bulk page use too, so those pages never load the popup's code or
 * style sheets. Dynamic imports keep their own chunks.
 */
const reachable = new WeakMap<object, Set<string>>();
function staticImports(entryPath: string, ctx: ChunkingContext): Set<string> {
  const entry = ctx.getModuleInfo(path.resolve(entryPath));
  if (!entry) return new Set();
  let modules = reachable.get(entry);
  if (!modules) {
    modules = new Set<string>();
    const queue = [...entry.importedIds];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (modules.has(next)) continue;
      modules.add(next);
      queue.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
    }
    reachable.set(entry, modules);
  }
  return modules;
}
function firstPaintChunk(id: string, ctx: ChunkingContext): string | null {
  const popup = staticImports('entrypoints/popup/main.tsx', ctx);
  // WXT's plugin loader, which every page's HTML imports (empty: we use no WXT plugins): no file of its own.
  if (/virtual:wxt-(html-)?plugins$/.test(id)) return 'pages';
  if (!popup.has(id)) return null;
  const alsoElsewhere = ['entrypoints/options/main.tsx', 'entrypoints/bulk/main.tsx'].some((entry) =>
    staticImports(entry, ctx).has(id),
  );
  return alsoElsewhere ? 'pages' : 'popup-ui';
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  imports: false,
  outDir: process.env.WXT_OUT_DIR || '.output',
  webExt: { disabled: true },
  hooks: {
    // The pages' build only: the content scripts and the background are single files (IIFE), never split.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === 'popup')) return;
      const chunks = {
        build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstPaintChunk }] } } } },
      };
      Object.assign(config, mergeConfig(config, chunks));
    },
  },
  vite: () => ({
    define: { 'import.meta.env.WXT_API_BASE_URL': JSON.stringify(apiBaseUrl) },
    // Every browser we support preloads modules itself: no polyfill file for each page to fetch first.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // English and Spanish from locales/*.yml (docs/product.md, Languages); the browser's language picks one.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'notifications', 'contextMenus'],
    host_permissions: hostPermissions,
    // The legacy documented base URL is opt-in: requested from the options page when the user picks it.
    optional_host_permissions: DOCUMENTED_BASE_URLS.map(originPattern).filter((p) => !apiHosts.includes(p)),
    commands: {
      // docs/product.md UI contract: the popup opens from the keyboard.
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpenPopup__',
      },
      // docs/product.md, Side panel: a command of its own, with a default shortcut.
      [SIDE_PANEL_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenSidePanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'invite@alfaone.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'authenticationInfo'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // No other extension and no web page may message the background (docs/security.md MSG-2).
        { externally_connectable: { ids: [], matches: [] } }),
  }),
});
