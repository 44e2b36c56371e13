import { deleteRecord, readRecord, writeRecord } from './db';
import { announceChange, onChange } from './changes';

/** One stored item, the same interface WXT's storage items have, kept in the extension's IndexedDB. */
export interface StoredItem<T> {
  readonly name: string;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Called in every context of the extension after any context changed the item. Returns the unwatch function. */
  watch(callback: (value: T, previous: T) => void): () => void;
}

export interface ItemOptions<T> {
  fallback: T;
  /** The shape's version; raise it with a migration that turns the previous version's value into this one. */
  version: number;
  migrations?: Record<number, (previous: unknown) => unknown>;
}

/** Anything with zod's safeParse: the check itself lives with the background (zod stays out of the pages). */
export interface ReadCheck<T> {
  safeParse(raw: unknown): { success: true; data: T } | { success: false };
}

const checks = new Map<string, ReadCheck<unknown>>();

/**
 * From now on, in this context, `item` is parsed on every read (docs/security.md SEC-8: storage is input too).
 * A value that does not fit is dropped with a log line, and the item reads as its fallback.
 */
export function checkOnRead<T>(item: StoredItem<T>, check: ReadCheck<T>): void {
  checks.set(item.name, check);
}

export function defineItem<T>(name: string, options: ItemOptions<T>): StoredItem<T> {
  const { fallback, version } = options;

  async function getValue(): Promise<T> {
    const record = await readRecord(name);
    if (!record) return fallback;
    let value = record.value;
    if (record.v < version) {
      for (let v = record.v + 1; v <= version; v++) value = options.migrations?.[v]?.(value) ?? value;
      await writeRecord(name, { v: version, value });
    }
    const check = checks.get(name);
    if (!check) return value as T;
    const parsed = check.safeParse(value);
    if (parsed.success) return parsed.data as T;
    // Never log the value itself: it may hold the key or a candidate's address.
    console.warn(`Storage: dropped "${name}", which does not fit its schema`);
    return fallback;
  }

  async function setValue(value: T): Promise<void> {
    await writeRecord(name, { v: version, value });
    announceChange(name);
  }

  async function removeValue(): Promise<void> {
    await deleteRecord(name);
    announceChange(name);
  }

  function watch(callback: (value: T, previous: T) => void): () => void {
    let last = fallback;
    return onChange(name, async () => {
      const value = await getValue();
      const previous = last;
      last = value;
      callback(value, previous);
    });
  }

  return { name, fallback, getValue, setValue, removeValue, watch };
}
