import { browser } from 'wxt/browser';
import { openIndexDb } from '@/lib/invite-index/db';
import { clearIndex, readState } from '@/lib/invite-index/store';
import { apiKey, inForce } from '@/lib/storage/api-key';
import { keyStatus, outbox, settings, testLiveRefreshMs } from '@/lib/storage/items';
import { exclusive } from './lock';
import { ownerOf } from './owner';
import { followKeyInForce, indexSettledEntries } from './own-sends';
import { INDEX_ALARM, runSync } from './schedule';

/** The invite index's listeners; registered synchronously at worker start like every other. */
export function registerInviteIndex(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === INDEX_ALARM) void runSync();
  });
  // Cleared with the key (docs/product.md, Invite index): nothing of the organization's stays behind. It follows the
  // key in force: after a switch, nothing of the other environment's index answers a lookup (owner.ts says why one).
  apiKey.watch((keys) => {
    const key = inForce(keys);
    if (key) return void followKey(key);
    void exclusive(async () => clearIndex(await openIndexDb(), null)).then(() => browser.alarms.clear(INDEX_ALARM));
  });
  // A key saved, switched or checked again, another base URL or tier: the owner or the pace changed. Every write of
  // the key is followed by one of its status (key-service.ts), so the status alone starts the sync: one switch, one
  // sync (runSync also joins asks made while a run waits its turn).
  keyStatus.watch(() => void runSync());
  settings.watch(() => void runSync());
  // Test builds only: a shortened live-status period applies from now (schedule.ts).
  testLiveRefreshMs.watch(() => void runSync());
  followKeyInForce();
  outbox.watch((entries) => void indexSettledEntries(entries ?? []));
  // A worker that just woke resumes a sync it was in the middle of.
  void runSync();
}

/** Empties an index another key (or base URL) filled, at once rather than at the sync's next step. */
function followKey(key: string): Promise<void> {
  return exclusive(async () => {
    const db = await openIndexDb();
    const [state, { baseUrl }] = await Promise.all([readState(db), settings.getValue()]);
    if (state && state.owner !== (await ownerOf(baseUrl, key))) await clearIndex(db, null);
  });
}
