import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { SAMPLE_PAGE_PATH } from '../sandbox/routes/sample-page';
import { startSandbox } from '../sandbox/server';
import { launchWithExtension } from '../e2e/browser';
import { CHROMIUM_PATH } from '../e2e/config';

// `npm run demo`: the local AlfaOne sandbox, the extension built against it, and Chromium with it loaded.

const port = Number(process.env.SANDBOX_PORT || 8787);
const outDir = path.resolve('.output/demo');
const extensionDir = path.join(outDir, 'chrome-mv3');

// Dates anchored at today (UTC midnight), so pending invites look current yet stay stable all day.
const sandbox = await startSandbox({ port, seedAnchorMs: Math.floor(Date.now() / 86_400_000) * 86_400_000 });
const samplePageUrl = new URL(SAMPLE_PAGE_PATH, sandbox.baseUrl).href;
console.log(`AlfaOne sandbox: ${sandbox.baseUrl} · sample candidate page: ${samplePageUrl}`);

execFileSync('npx', ['wxt', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, WXT_API_BASE_URL: sandbox.baseUrl, WXT_OUT_DIR: outDir },
});

const keyHelp = `
Paste this key in the options page (API key → Save):
  ${SANDBOX_KEYS.live}      (live)
Others to try: ${SANDBOX_KEYS.test} (test), ${SANDBOX_KEYS.expired} (expired),
  ${SANDBOX_KEYS.revoked} (revoked), ${SANDBOX_KEYS.empty} (an organization with no assessments).`;

const shutdown = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`
No display: this machine has no graphical session (DISPLAY is not set), so Chromium cannot open a window here.
The sandbox keeps running. To try the extension:
  - on a desktop, run \`npm run demo\` there; or
  - here, run \`xvfb-run -a npm run demo\` for a virtual display; or
  - load ${extensionDir} as an unpacked extension in Chrome (chrome://extensions, Developer mode, Load unpacked),
    then open the sample candidate page ${samplePageUrl} and press Alt+Shift+K.
${keyHelp}
Press Ctrl+C to stop.`);
} else if (!fs.existsSync(CHROMIUM_PATH)) {
  console.log(`
Chromium is not installed at ${CHROMIUM_PATH}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.
Or load ${extensionDir} as an unpacked extension in Chrome.${keyHelp}
Press Ctrl+C to stop.`);
} else {
  const browser = await launchWithExtension({ extensionDir, headless: false });
  // The sample candidate first, the options page next to it and in front: save the key, switch tabs, press the shortcut.
  const sample = await browser.context.newPage();
  await sample.goto(samplePageUrl);
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  console.log(`
Chromium is open with AlfaOne Invite loaded: the options page, and next to it a sample candidate page
(${samplePageUrl}).${keyHelp}
Then switch to the sample page and press Alt+Shift+K (or click the toolbar icon): Ada Quinn is prefilled.
Close Chromium or press Ctrl+C to stop.`);
  browser.context.on('close', () => void shutdown());
}
