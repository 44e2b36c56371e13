import { browser } from 'wxt/browser';
import type { AssessmentSummary } from '@/lib/messaging/views';
import type { InviteOptions } from '@/lib/settings/settings';
import type { KeyStatus } from './key-status';
import { onChange } from './changes';

// A synchronous copy of what the popup's and side panel's first render needs (key status, the cached list, recent
// ids, invite defaults), in the extension origin's localStorage: reading the registry's IndexedDB cost ~120 ms
// of a ~140 ms first paint (docs/product.md budgets: first paint ≤ 1.2× a static copy). It is a hint, never the
// truth: the page renders from it, then reads the registry and re-renders only if the two differ, and writes
// the copy anew. Like IndexedDB, an extension origin's localStorage is out of every content script's reach
// (docs/security.md SEC-3); it holds nothing secret (the key's last 4 at most, as every page shows).

export interface FirstPaintCopy {
  key: KeyStatus;
  assessments: AssessmentSummary[];
  recentIds: string[];
  inviteDefaults: InviteOptions;
}

const NAME = 'alfaone-invite:first-paint';
/** Names the copy's content: new whenever the copy changes (lib/storage/first-paint-view.ts keeps views by it). */
const ID_NAME = 'alfaone-invite:first-paint-id';
/**
 * A change to the key or the settings, seen by an open options page, drops the copy: the next page must not draw a
 * list for a key that is gone. A refreshed list or recent ids do not: the page drawn from a stale list compares it
 * with storage after its paint and redraws (stale-while-revalidate); dropping the copy on each refresh made every
 * next open read storage first while an options page was open.
 */
const SOURCES = ['keyStatus', 'settings'];

/** Written by this version of the extension only: another version's copy may have another shape. */
const stamp = () => browser.runtime.getManifest().version;

export function readFirstPaintCopy(): FirstPaintCopy | null {
  try {
    const raw = localStorage.getItem(NAME);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { version?: unknown; copy?: FirstPaintCopy };
    return parsed.version === stamp() && looksLikeCopy(parsed.copy) ? parsed.copy : null;
  } catch {
    return null;
  }
}

export function writeFirstPaintCopy(copy: FirstPaintCopy): void {
  try {
    const raw = JSON.stringify({ version: stamp(), copy });
    // Unchanged: the same id, so the view drawn from it stays valid.
    if (localStorage.getItem(NAME) === raw && localStorage.getItem(ID_NAME)) return;
    localStorage.setItem(NAME, raw);
    localStorage.setItem(ID_NAME, crypto.randomUUID());
  } catch {
    // Full or unavailable: the next page reads the registry, as it would without the copy.
    dropFirstPaintCopy();
  }
}

/** The id of the copy in localStorage now, if any. */
export function firstPaintCopyId(): string | null {
  try {
    return localStorage.getItem(ID_NAME);
  } catch {
    return null;
  }
}

export function dropFirstPaintCopy(): void {
  try {
    localStorage.removeItem(ID_NAME);
    localStorage.removeItem(NAME);
  } catch {
    // Nothing to drop.
  }
}

/** Same content as `copy`, as the page last rendered it. */
export function sameCopy(a: FirstPaintCopy | null, b: FirstPaintCopy): boolean {
  return !!a && JSON.stringify(a) === JSON.stringify(b);
}

/** In an extension page: the copy goes whenever one of its sources changes (a key saved, removed or refused). */
export function dropFirstPaintCopyOnChange(): void {
  for (const name of SOURCES) onChange(name, dropFirstPaintCopy);
}

/** Enough to render without throwing; the registry's read that follows puts right whatever else is off. */
function looksLikeCopy(copy: unknown): copy is FirstPaintCopy {
  if (typeof copy !== 'object' || copy === null) return false;
  const c = copy as Record<string, unknown>;
  return (
    typeof c.key === 'object' &&
    c.key !== null &&
    typeof (c.key as { state?: unknown }).state === 'string' &&
    Array.isArray(c.assessments) &&
    c.assessments.every(
      (a) => typeof a?.id === 'string' && typeof a?.name === 'string' && Array.isArray(a?.languages),
    ) &&
    Array.isArray(c.recentIds) &&
    typeof c.inviteDefaults === 'object' &&
    c.inviteDefaults !== null
  );
}
