// @vitest-environment node
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SANDBOX_KEYS } from '../../../../sandbox/keys';
import { startUnitSandbox, type UnitSandbox } from '../../../../test/unit-sandbox';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { apiKey } from '@/lib/storage/api-key';
import { keyStatus, settings } from '@/lib/storage/items';
import { runSync } from '../schedule';

// docs/security.md SEC-6 for the invite index's sync: a 401 there marks the key as a 401 anywhere else does, and
// nothing more is asked with it.

let sandbox: UnitSandbox['sandbox'];
let control: UnitSandbox['control'];

beforeAll(async () => {
  ({ sandbox, control } = await startUnitSandbox());
});
afterAll(() => sandbox.close());

it('SEC-6: should mark a key revoked since it was saved as needing attention after one sync request, and ask no more', async () => {
  fakeBrowser.reset();
  const badge = fakeBrowser.action as unknown as Record<string, unknown>;
  for (const name of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle']) badge[name] = async () => undefined;
  await settings.setValue({ ...DEFAULT_SETTINGS, baseUrl: sandbox.baseUrl });
  const revoked = SANDBOX_KEYS.revoked;
  await apiKey.setValue({ inForce: 'live', live: revoked });
  await keyStatus.setValue({ configured: true, mode: 'live', last4: revoked.slice(-4), state: 'connected' });
  await control('/requests', 'DELETE');

  await runSync();
  await runSync();

  expect(await keyStatus.getValue()).toMatchObject({ state: 'needs-attention', problem: { kind: 'key-revoked' } });
  expect((await control('/requests')).requests).toHaveLength(1);
});
