// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateOutboxV1 } from '@/lib/outbox/migrate';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { apiKey } from '@/lib/storage/api-key';
import { keyStatus, outbox, settings } from '@/lib/storage/items';
import { openEntries } from '../../../entrypoints/background/outbox/store';

// An install from before the move: everything in storage.local, as WXT wrote it (value, plus `name$` metadata).

const KEY = 'ak_live_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6';
/** A queued entry as the old layout stored it (outbox version 1, before entries recorded their key). */
const queued = {
  id: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  key: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d|jane@example.com',
  body: { assessmentId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', recipientEmail: 'jane@example.com' },
  origin: 'popup',
  keyMode: 'live',
  checkDuplicates: true,
  state: 'queued',
  createdAt: 1_700_000_000_000,
  attempts: 0,
  tries: 1,
  mustReconcile: false,
  nextAttemptAt: 1_700_000_060_000,
  notify: true,
};
const oldLayout = {
  apiKey: KEY,
  keyStatus: { configured: true, mode: 'live', last4: 'o5p6', state: 'connected', verifiedAt: 1_700_000_000_000 },
  keyStatus$: { v: 1 },
  settings: { ...DEFAULT_SETTINGS, tier: 'enterprise' },
  settings$: { v: 1 },
  outbox: [queued],
  outbox$: { v: 1 },
  recentAssessmentIds: ['9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'],
  recentAssessmentIds$: { v: 1 },
};

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(oldLayout);
});

describe('an install upgraded from the storage.local layout', () => {
  it('should keep its key, settings and queued invites, in the new home', async () => {
    expect(await apiKey.getValue()).toEqual({ inForce: 'live', live: KEY });
    expect(await keyStatus.getValue()).toEqual(oldLayout.keyStatus);
    expect(await settings.getValue()).toEqual(oldLayout.settings);
    // Kept, and held for the user to choose: it cannot prove which key it was asked under (REL-10).
    const kept = migrateOutboxV1([queued]);
    expect(kept).toMatchObject([{ id: queued.id, state: 'held' }]);
    expect(await outbox.getValue()).toEqual(kept);
    expect(await openEntries()).toEqual(kept);
  });

  it('should leave nothing in storage.local, the key and the address included', async () => {
    await apiKey.getValue();

    const local = await fakeBrowser.storage.local.get(null);
    expect(local).toEqual({});
    expect(JSON.stringify(local)).not.toMatch(/ak_|@example\.com/);
  });

  it('should move once: a later write is not overwritten by the old data', async () => {
    await settings.setValue(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ apiKey: 'ak_live_ffffffffffffffffffffffffffffffff' });

    expect(await settings.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(await apiKey.getValue()).toEqual({ inForce: 'live', live: KEY });
  });
});
