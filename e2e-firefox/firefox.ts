import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  ADDON_ID,
  ADDON_UUID,
  BACKGROUND_IDLE_MS,
  EXTENSION_ORIGIN,
  FIREFOX_EXTENSION_DIR,
  FIREFOX_PATH,
} from './config';

export interface FirefoxWithAddon {
  browser: Browser;
  /** Opens one of the add-on's pages in a new tab and waits for its DOM. */
  openPage: (file: 'popup.html' | 'options.html' | 'sidepanel.html') => Promise<Page>;
  close: () => Promise<void>;
}

const STAND_IN_HOSTS = ['www.linkedin.com', 'github.com'];

/** Debian's Firefox ESR with the built add-on installed as a temporary add-on (BiDi webExtension.install). */
export async function launchFirefox(): Promise<FirefoxWithAddon> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Without it, navigating to a moz-extension:// page is refused.
    args: ['--remote-allow-system-access'],
    // The stand-in sites (e2e/stand-in/sites.ts): their hosts resolve to loopback, their certificate is self-signed.
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.dns.localDomains': STAND_IN_HOSTS.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'extensions.background.idle.timeout': BACKGROUND_IDLE_MS,
      // permissions.request from a click grants at once: the test clicks "Grant access", no browser prompt to answer.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    openPage: async (file) => {
      const page = await browser.newPage();
      // BiDi never reports the load of a moz-extension:// page: wait for the app's root to render instead.
      await page
        .goto(`${EXTENSION_ORIGIN}/${file}`, { waitUntil: 'domcontentloaded', timeout: 5_000 })
        .catch(() => undefined);
      await page.waitForSelector('main');
      return page;
    },
    close: () => browser.close(),
  };
}
