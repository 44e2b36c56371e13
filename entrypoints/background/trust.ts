import { browser, type Browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { DETECTION_SITES } from '@/lib/candidates/sites';

const contentScriptSites = DETECTION_SITES.map((p) => new MatchPattern(p));

// Who sent a message (docs/security.md MSG-1, MSG-3, MSG-5). The browser sets the sender; a page cannot forge it,
// but a compromised renderer can send any message a content script could, so content scripts get one message.

export type SenderKind = 'extension-page' | 'content-script' | 'untrusted';

export function classifySender(sender: Browser.runtime.MessageSender | undefined): SenderKind {
  if (!sender || sender.id !== browser.runtime.id || !sender.url) return 'untrusted';
  const url = parseUrl(sender.url);
  if (!url) return 'untrusted';
  if (isOwnPage(url)) {
    // Top frame only: an extension page framed inside a web page is not the user's own window.
    const topFrame = sender.frameId === undefined || sender.frameId === 0;
    const tabUrl = sender.tab?.url ? parseUrl(sender.tab.url) : undefined;
    const inExtensionTab = !sender.tab?.url || (tabUrl !== undefined && isOwnPage(tabUrl));
    return topFrame && inExtensionTab ? 'extension-page' : 'untrusted';
  }
  // Only the declared content script sends messages; on-demand detection returns its result instead.
  if (sender.tab?.id !== undefined && contentScriptSites.some((p) => p.includes(url.href))) return 'content-script'; // a string: `Location` does not exist in a worker
  return 'untrusted';
}

/** Compares scheme and host: `URL.origin` is "null" for extension URLs outside a browser. */
function isOwnPage(url: URL): boolean {
  const own = new URL(browser.runtime.getURL('/'));
  return own.host !== '' && url.protocol === own.protocol && url.host === own.host;
}

function parseUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}
