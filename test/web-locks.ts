// Node 20 has no Web Locks API (Chrome's and Firefox's workers do): an in-process one for unit tests, exclusive
// locks only, with `ifAvailable`, which is all the extension asks of it.

type Callback = (lock: { name: string } | null) => unknown;

const held = new Map<string, Promise<unknown>>();

function request(
  name: string,
  optionsOrCallback: { ifAvailable?: boolean } | Callback,
  maybeCallback?: Callback,
): Promise<unknown> {
  const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback)!;
  const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
  const before = held.get(name);
  if (before && options.ifAvailable) return Promise.resolve().then(() => callback(null));
  const run = (before ?? Promise.resolve()).catch(() => undefined).then(() => callback({ name }));
  const tail = run.catch(() => undefined);
  held.set(name, tail);
  void tail.then(() => {
    if (held.get(name) === tail) held.delete(name);
  });
  return run;
}

if (!globalThis.navigator?.locks) {
  Object.defineProperty(globalThis, 'navigator', {
    value: { ...globalThis.navigator, locks: { request } },
    configurable: true,
  });
}
