import { browser, type Browser } from 'wxt/browser';

// Who sent a message (security.md MSG-1, MSG-3, MSG-5). The browser sets the sender; a page cannot forge it,
// but a compromised renderer can send any message a content script could, so content scripts get one message.

export type SenderKind = 'extension-page' | 'content-script' | 'untrusted';

export function classifySender(sender: Browser.runtime.MessageSender | undefined): SenderKind {
  if (!sender || sender.id !== browser.runtime.id || !sender.url) return 'untrusted';
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return 'untrusted';
  }
  if (url.origin === extensionOrigin) {
    // Top frame only: an extension page framed inside a web page is not the user's own window.
    const topFrame = sender.frameId === undefined || sender.frameId === 0;
    const tabUrl = sender.tab?.url;
    const inExtensionTab = tabUrl === undefined || tabUrl === '' || new URL(tabUrl).origin === extensionOrigin;
    return topFrame && inExtensionTab ? 'extension-page' : 'untrusted';
  }
  if (sender.tab?.id !== undefined && (url.protocol === 'https:' || url.protocol === 'http:')) return 'content-script';
  return 'untrusted';
}
