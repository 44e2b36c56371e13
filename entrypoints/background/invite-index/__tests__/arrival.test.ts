// @vitest-environment node
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SANDBOX_KEYS } from '../../../../sandbox/keys';
import { startUnitSandbox, type UnitSandbox } from '../../../../test/unit-sandbox';
import { openIndexDb } from '@/lib/invite-index/db';
import { readState } from '@/lib/invite-index/store';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { apiKey } from '@/lib/storage/api-key';
import { keyStatus, settings } from '@/lib/storage/items';
import { ARRIVAL_INCREMENTAL_MS, candidateInvites } from '../lookup-service';
import { registerInviteIndex } from '../register';

// docs/product.md, Follow up: on arrival at a candidate the newest invites are read, unless the last such read began
// under 2 seconds before; an invite another client made a second before the visit is in the answer.

let unit: UnitSandbox;

beforeAll(async () => {
  unit = await startUnitSandbox();
});
afterAll(() => unit.sandbox.close());
afterEach(() => vi.useRealTimers());

const { live } = SANDBOX_KEYS;
const newestReads = () =>
  unit.sandbox.state.requests.filter((r) => r.method === 'GET' && r.query.order === 'desc' && !r.query.status).length;

it('should read the newest invites on each arrival 2 s apart, share one read between closer arrivals', async () => {
  fakeBrowser.reset();
  await settings.setValue({ ...DEFAULT_SETTINGS, baseUrl: unit.sandbox.baseUrl });
  await apiKey.setValue({ inForce: 'live', live });
  await keyStatus.setValue({ configured: true, mode: 'live', last4: live.slice(-4), state: 'connected' });
  registerInviteIndex();
  await vi.waitFor(async () => expect((await readState(await openIndexDb()))?.phase).toBe('ready'), {
    timeout: 10_000,
    interval: 50,
  });
  // The worker's clock (lib/time/clock.ts) moves with performance.now: both move on.
  vi.useFakeTimers({ toFake: ['Date', 'performance'] });
  vi.advanceTimersByTime(60_000);
  unit.sandbox.state.requests = [];

  await candidateInvites('first@example.com');
  expect(newestReads()).toBe(1);
  vi.advanceTimersByTime(ARRIVAL_INCREMENTAL_MS - 500);
  await candidateInvites('second@example.com');
  expect(newestReads()).toBe(1);

  // A colleague invites the next person; a second later the user arrives there.
  const created = await fetch(`${unit.sandbox.baseUrl}/invites`, {
    method: 'POST',
    headers: { 'x-api-key': SANDBOX_KEYS.test, 'content-type': 'application/json' },
    body: JSON.stringify({ assessmentId: unit.assessmentId, recipientEmail: 'third@example.com' }),
  });
  expect(created.status).toBe(201);
  vi.advanceTimersByTime(1_000);
  const actual = await candidateInvites('third@example.com');

  expect(newestReads()).toBe(2);
  expect(actual.live.map((i) => [i.recipientEmail, i.assessmentId, i.status])).toEqual([
    ['third@example.com', unit.assessmentId, 'pending'],
  ]);
  expect(unit.sandbox.state.requests.length).toBeLessThanOrEqual(2 + 3);
});
