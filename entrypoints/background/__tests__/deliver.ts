import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Delivers a message to the background's listeners as the browser would, with a chosen sender:
// fakeBrowser's own sendMessage always sends an empty sender.

export const EXTENSION_ID = 'test-extension-id';

export const SENDERS = {
  popup: { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` },
  optionsTab: {
    id: EXTENSION_ID,
    url: `chrome-extension://${EXTENSION_ID}/options.html`,
    frameId: 0,
    tab: { id: 7, url: `chrome-extension://${EXTENSION_ID}/options.html` },
  },
  contentScript: {
    id: EXTENSION_ID,
    url: 'https://www.linkedin.com/in/jane-doe/',
    frameId: 0,
    tab: { id: 12, url: 'https://www.linkedin.com/in/jane-doe/' },
  },
  contentScriptOffPattern: {
    id: EXTENSION_ID,
    url: 'https://evil.example/in/jane-doe/',
    frameId: 0,
    tab: { id: 15, url: 'https://evil.example/in/jane-doe/' },
  },
  otherExtension: { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/page.html' },
  webPage: { url: 'https://evil.example/', tab: { id: 13, url: 'https://evil.example/' }, frameId: 0 },
  framedExtensionPage: {
    id: EXTENSION_ID,
    url: `chrome-extension://${EXTENSION_ID}/options.html`,
    frameId: 4,
    tab: { id: 14, url: 'https://evil.example/' },
  },
  forgedIdFromPage: { id: EXTENSION_ID, url: 'javascript:alert(1)' },
  noSender: undefined,
} as const;

/** A sender as tests write it: only the fields the trust checks read. */
export type TestSender = { id?: string; url?: string; frameId?: number; tab?: { id: number; url: string } } | undefined;

export type SenderName = keyof typeof SENDERS;

let nextId = 0;

/** A message as @webext-core/messaging's `sendMessage` writes it (lib/messaging/protocol.ts), of any type. */
export function deliver(type: string, data: unknown, sender: TestSender): Promise<unknown> {
  return deliverMessage({ id: ++nextId, type, data, timestamp: Date.now() }, sender);
}

/** Any message, of the wire format or not, as the browser would hand it to the background's listener. */
export async function deliverMessage(message: unknown, sender: TestSender): Promise<unknown> {
  let respond!: (value: unknown) => void;
  const response = new Promise((resolve) => (respond = resolve));
  const results = await fakeBrowser.runtime.onMessage.trigger(
    message,
    sender as unknown as Browser.runtime.MessageSender,
    respond,
  );
  if (!results.some((r: unknown) => r === true)) return undefined;
  const wrapped = (await response) as { res?: unknown; err?: unknown };
  if (wrapped.err) throw new Error(`handler threw: ${JSON.stringify(wrapped.err)}`);
  return wrapped.res;
}
