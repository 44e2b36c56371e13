// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SANDBOX_KEYS } from '../../../../sandbox/keys';
import { closeIndexDb, openIndexDb } from '@/lib/invite-index/db';
import { invitesFor, writeState } from '@/lib/invite-index/store';
import { freshState } from '@/lib/invite-index/sync-state';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { apiKey } from '@/lib/storage/api-key';
import { keyStatus, settings } from '@/lib/storage/items';
import { keyIdentity } from '../../outbox/key-identity';
import { followKeyInForce, indexSettledEntries } from '../own-sends';
import { ownerOf } from '../owner';

// Settled sends enter the index of the key in force only; which key that is is read once per key change, not on
// every outbox change (a bulk run changes the outbox hundreds of times, and for ten minutes after a switch the
// other key's entries are looked at each time).

const { live, test } = SANDBOX_KEYS;
const both = { live, test };
const connected = (mode: 'live' | 'test') => ({
  configured: true,
  mode,
  last4: both[mode].slice(-4),
  state: 'connected' as const,
  other: { mode: mode === 'live' ? ('test' as const) : ('live' as const), last4: '····', state: 'connected' as const },
});

let serial = 0;
async function settledUnder(key: string, email: string): Promise<OutboxEntry> {
  const id = `inv_own_${++serial}`;
  return {
    id: crypto.randomUUID(),
    key: `asm_1|${email}`,
    body: { assessmentId: 'asm_1', recipientEmail: email },
    origin: 'popup',
    keyId: await keyIdentity(key),
    checkDuplicates: true,
    state: 'sent',
    createdAt: Date.now() - 2_000,
    nextAt: Date.now() - 2_000,
    posts: 1,
    tries: 0,
    preexistingIds: [],
    unsure: false,
    notify: false,
    finishedAt: Date.now(),
    invite: {
      id,
      assessmentId: 'asm_1',
      assessmentName: 'Backend (Go)',
      recipientEmail: email,
      status: 'pending',
      sentAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    },
  };
}

/** The index, empty and owned by `key`'s organization. */
async function indexFor(key: string) {
  const db = await openIndexDb();
  await writeState(db, freshState(await ownerOf(DEFAULT_SETTINGS.baseUrl, key)));
  return db;
}

/** Reads of the key, its status and the settings from the extension's storage. */
function countKeyReads() {
  const get = vi.spyOn(IDBObjectStore.prototype, 'get');
  return () => get.mock.calls.filter(([name]) => ['apiKey', 'keyStatus', 'settings'].includes(String(name))).length;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await closeIndexDb();
  await settings.setValue(DEFAULT_SETTINGS);
  await apiKey.setValue({ inForce: 'live', ...both });
  // The watches of earlier tests forget the key they knew: their news has arrived before this test begins.
  await new Promise<void>((resolve) => {
    const stop = keyStatus.watch(() => resolve(stop()));
    void keyStatus.setValue(connected('live'));
  });
});

describe('invites of our own sends in the index', () => {
  it('should index a settled invite of the key in force, never one of the other key', async () => {
    followKeyInForce();
    const db = await indexFor(live);
    const entries = [await settledUnder(live, 'ana@example.com'), await settledUnder(test, 'bea@example.com')];

    await indexSettledEntries(entries);

    expect((await invitesFor(db, 'ana@example.com')).map((r) => r.id)).toEqual([entries[0]!.invite!.id]);
    expect(await invitesFor(db, 'bea@example.com')).toEqual([]);
  });

  it('should read which key is in force once, not on every outbox change', async () => {
    followKeyInForce();
    await indexFor(live);
    const otherKeys = [await settledUnder(test, 'bea@example.com')];
    const reads = countKeyReads();

    await indexSettledEntries(otherKeys);
    const first = reads();
    for (let change = 0; change < 5; change++) await indexSettledEntries(otherKeys);

    expect(first).toBeGreaterThan(0);
    expect(reads()).toBe(first);
  });

  it('should follow a switch: the new key in force’s invites go in, the old key’s stay out', async () => {
    followKeyInForce();
    await indexSettledEntries([await settledUnder(test, 'bea@example.com')]);

    await apiKey.setValue({ inForce: 'test', ...both });
    await keyStatus.setValue(connected('test'));
    const db = await indexFor(test);
    const entries = [await settledUnder(test, 'cruz@example.com'), await settledUnder(live, 'dani@example.com')];

    // The storage watch forgets the key it knew; its news arrives by a channel, a moment after the write.
    await vi.waitFor(async () => {
      await indexSettledEntries(entries);
      expect(await invitesFor(db, 'cruz@example.com')).toHaveLength(1);
    });
    expect(await invitesFor(db, 'dani@example.com')).toEqual([]);
  });
});
