import { browser, type Browser } from 'wxt/browser';

// The background's one `runtime.onMessage` listener, for the wire format of lib/messaging/protocol.ts (`{ type, data }`
// in, `{ res }` out). It was @webext-core/messaging's, which also sent an id and a timestamp, checked for their shape
// only: the type is the one gate, then each route's sender and payload checks. The lookup is our own: that library
// found listeners in a plain object, where `constructor` or `toString` resolve to
// Object.prototype members that skip every check and echo the message back (docs/security.md MSG-8). A Map has
// own keys only; anything not in it gets no answer at all, before any handler or library code runs.

export type Route = (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined;

interface WireMessage {
  type: string;
  data?: unknown;
}

function isWireMessage(message: unknown): message is WireMessage {
  return typeof message === 'object' && message !== null && typeof (message as Partial<WireMessage>).type === 'string';
}

/** Answers the messages whose type is a key of `routes`; returns the function that stops listening. */
export function listen(routes: ReadonlyMap<string, Route>): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (response: unknown) => void,
  ) => {
    if (!isWireMessage(message)) return false;
    const route = routes.get(message.type);
    // A route may also decline (a flood of reports): no answer, like an unknown type.
    const answer = route?.(message.data, sender);
    if (!answer) return false;
    answer.then(
      (res) => sendResponse({ res }),
      (error: unknown) =>
        sendResponse({ err: { name: 'Error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
