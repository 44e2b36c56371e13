// The index's writers (the sync, the on-arrival refresh) take turns within this worker.

let tail: Promise<unknown> = Promise.resolve();

export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const turn = tail.then(work);
  tail = turn.catch(() => undefined);
  return turn;
}
