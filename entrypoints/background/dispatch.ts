import type { Browser } from 'wxt/browser';
import { messaging, type MessageType } from '@/lib/messaging/protocol';

// The background's side of the protocol: @webext-core/messaging carries every message (`onMessage` per type), and
// one guard listener, registered before the library's, decides what the library may see.
//
// Why a guard: the library looks a listener up as `perTypeListeners[message.type]` in a plain object, so a forged
// `constructor`, `toString` or `__proto__` reaches an Object.prototype member that skips every check of ours and
// answers (the message echoed back, or an error). The guard strips the field the library requires (`timestamp`)
// from every message whose type is not an own key of our routes, or whose route declines it (a flood of reports):
// the library then ignores it, and the sender gets no answer at all (docs/security.md MSG-8, MSG-4). Browsers hand
// the same message object to every listener of the extension's context, in the order they were added.

export interface Route {
  /** A cheap check before anything else runs; a message it refuses is dropped unanswered. */
  admit?: (sender: Browser.runtime.MessageSender) => boolean;
  answer: (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
}

/** Answers the messages whose type is an own key of `routes`; returns the function that stops listening. */
export function listen(routes: ReadonlyMap<MessageType, Route>): () => void {
  const guard = (message: unknown, sender: Browser.runtime.MessageSender): false => {
    if (typeof message !== 'object' || message === null) return false;
    const type: unknown = (message as { type?: unknown }).type;
    const route = typeof type === 'string' ? routes.get(type as MessageType) : undefined;
    if (!route || (route.admit && !route.admit(sender))) delete (message as { timestamp?: unknown }).timestamp;
    return false;
  };
  chrome.runtime.onMessage.addListener(guard);
  const stops = [...routes].map(([type, route]) =>
    messaging.onMessage(type, ({ data, sender }) => route.answer(data, sender) as never),
  );
  return () => {
    for (const stop of stops) stop();
    chrome.runtime.onMessage.removeListener(guard);
  };
}
