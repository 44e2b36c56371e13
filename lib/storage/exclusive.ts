/**
 * Runs `work` holding a Web Lock shared by every context of the extension (background, pages). Where the Web
 * Locks API is missing (Node, in unit tests) there is one context only, and it runs at once.
 */
export function exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request(name, work) as Promise<T>) : work();
}
