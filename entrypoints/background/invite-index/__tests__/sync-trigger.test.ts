// @vitest-environment node
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SANDBOX_KEYS } from '../../../../sandbox/keys';
import { startUnitSandbox, type UnitSandbox } from '../../../../test/unit-sandbox';
import { openIndexDb } from '@/lib/invite-index/db';
import { readState } from '@/lib/invite-index/store';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { apiKey } from '@/lib/storage/api-key';
import { keyStatus, settings } from '@/lib/storage/items';
import { switchKey } from '../../key-service';
import { exclusive } from '../lock';
import { ownerOf } from '../owner';
import { registerInviteIndex } from '../register';
import { INDEX_ALARM } from '../schedule';

// A key switch writes the key record, then its status: one switch starts one sync of the invite index, not one per
// write. Each sync run ends by setting or clearing the index's alarm, so the alarm calls count the runs.

let sandbox: UnitSandbox['sandbox'];

beforeAll(async () => {
  ({ sandbox } = await startUnitSandbox());
});
afterAll(() => sandbox.close());

const { live, test } = SANDBOX_KEYS;

async function indexReadyFor(key: string): Promise<void> {
  const owner = await ownerOf(sandbox.baseUrl, key);
  await vi.waitFor(async () => expect(await readState(await openIndexDb())).toMatchObject({ owner, phase: 'ready' }), {
    timeout: 10_000,
    interval: 50,
  });
}

it('should start one sync of the invite index for one key switch', async () => {
  fakeBrowser.reset();
  await settings.setValue({ ...DEFAULT_SETTINGS, baseUrl: sandbox.baseUrl });
  await apiKey.setValue({ inForce: 'live', live, test });
  await keyStatus.setValue({
    configured: true,
    mode: 'live',
    last4: live.slice(-4),
    state: 'connected',
    other: { mode: 'test', last4: test.slice(-4), state: 'connected' },
  });
  registerInviteIndex();
  await indexReadyFor(live);
  // The first key's run writes its state, then sets its alarm: let it finish before counting.
  await exclusive(async () => undefined);
  const create = vi.spyOn(fakeBrowser.alarms, 'create');
  const clear = vi.spyOn(fakeBrowser.alarms, 'clear');
  const runs = () => [...create.mock.calls, ...clear.mock.calls].filter(([name]) => name === INDEX_ALARM).length;

  await switchKey('test');
  await indexReadyFor(test);
  // Both writes of the switch have reached their watchers by now: the status's, announced last on the same channel
  // (lib/storage/changes.ts), started the sync just seen through. So any run they asked for is queued, and a turn of
  // the index's lock taken now comes after all of them.
  await exclusive(async () => undefined);

  expect(runs()).toBe(1);
});
