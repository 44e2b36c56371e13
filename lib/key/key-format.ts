import { i18n } from '#i18n';

// The key's format, checked before any request (docs/api.md §2, §9 #9): the prefix is required,
// the length only warned about, because the docs disagree on it (32 characters vs a 30-character placeholder).

export type KeyMode = 'live' | 'test';
export const KEY_MODES: readonly KeyMode[] = ['live', 'test'];

/** The environment of the other key one may keep beside this one (docs/product.md, Keys). */
export const otherMode = (mode: KeyMode): KeyMode => (mode === 'live' ? 'test' : 'live');

/** The environment a key belongs to, by its prefix (a key of neither prefix never gets this far). */
export const keyMode = (key: string): KeyMode => (key.startsWith('ak_test_') ? 'test' : 'live');

/** A key as its status describes it (environment and last 4), what a page may know of it (SEC-5). */
export const describeKey = (key: string | null | undefined): { mode?: KeyMode; last4?: string } =>
  key ? { mode: keyMode(key), last4: lastFour(key) } : {};

/** Which key is in force, as a page may know it (environment and last 4, SEC-5): another id is another key. */
export const keyIdOf = (status: { mode?: KeyMode; last4?: string } | null | undefined): string =>
  status ? `${status.mode}:${status.last4}` : '';

export type KeyFormatCheck = { ok: true; mode: KeyMode; warning?: string } | { ok: false; reason: string };

const DOCUMENTED_TAIL_LENGTH = 32;

export function checkKeyFormat(raw: string): KeyFormatCheck {
  const key = raw.trim();
  if (!key) return { ok: false, reason: i18n.t('options.keyEmpty') };
  const match = /^ak_(live|test)_(.*)$/.exec(key);
  if (!match) return { ok: false, reason: i18n.t('options.keyPrefix') };
  const tail = match[2] ?? '';
  if (!/^[A-Za-z0-9]+$/.test(tail)) {
    return { ok: false, reason: i18n.t('options.keyCharacters') };
  }
  const mode = match[1] as KeyMode;
  if (tail.length !== DOCUMENTED_TAIL_LENGTH) {
    return {
      ok: true,
      mode,
      warning: i18n.t('options.keyLength', { expected: DOCUMENTED_TAIL_LENGTH, actual: tail.length }),
    };
  }
  return { ok: true, mode };
}

/** The only part of a key the UI may show (docs/security.md SEC-5). */
export function lastFour(key: string): string {
  return key.trim().slice(-4);
}
