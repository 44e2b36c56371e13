// IndexedDB has no change events: every write is announced on a BroadcastChannel, which reaches every context of
// the extension's origin (background, popup, options) and the writer's own, as storage.onChanged did.

const CHANNEL = 'alfaone-invite:storage';

let outgoing: BroadcastChannel | undefined;
let incoming: BroadcastChannel | undefined;
const listeners = new Map<string, Set<() => void>>();

export function announceChange(name: string): void {
  outgoing ??= quiet(new BroadcastChannel(CHANNEL));
  outgoing.postMessage({ name });
}

export function onChange(name: string, listener: () => void): () => void {
  if (!incoming) {
    // A second channel object: a BroadcastChannel never hears its own messages, and this context must.
    incoming = quiet(new BroadcastChannel(CHANNEL));
    incoming.onmessage = (event: MessageEvent<{ name?: unknown }>) => {
      if (typeof event.data?.name === 'string') listeners.get(event.data.name)?.forEach((l) => l());
    };
  }
  const set = listeners.get(name) ?? new Set();
  listeners.set(name, set);
  set.add(listener);
  return () => void set.delete(listener);
}

/** In Node (unit tests) an open channel would keep the process alive. */
function quiet(channel: BroadcastChannel): BroadcastChannel {
  (channel as { unref?: () => void }).unref?.();
  return channel;
}
