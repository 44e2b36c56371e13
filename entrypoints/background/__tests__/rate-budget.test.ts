// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentWait, holdBudget, takeSlot } from '../rate-budget';

beforeEach(() => fakeBrowser.reset());

describe('REL-3: one sliding-window budget', () => {
  it('should let `limit` requests through at once, then make the next wait about a minute', async () => {
    for (let i = 0; i < 5; i++) await takeSlot(5);

    const actual = await currentWait(5);

    expect(actual).toBeGreaterThan(59_000);
    expect(actual).toBeLessThanOrEqual(61_000);
  });

  it('should keep counting across a worker restart, from session storage', async () => {
    const now = Date.now();
    await fakeBrowser.storage.session.set({ rateLog: [now - 30_000, now - 20_000] });

    expect(await currentWait(2)).toBeGreaterThan(30_000);
    expect(await currentWait(3)).toBe(0);
  });

  it('should count a request from when its answer came, not from when it left', async () => {
    const answered = await takeSlot(1);
    const { rateLog: before } = (await fakeBrowser.storage.session.get('rateLog')) as { rateLog: number[] };
    await new Promise((resolve) => setTimeout(resolve, 20));

    await answered();

    const { rateLog: after } = (await fakeBrowser.storage.session.get('rateLog')) as { rateLog: number[] };
    expect(after).toHaveLength(1);
    expect(after[0]).toBeGreaterThan(before[0]!);
  });

  it('should forget requests older than the window', async () => {
    await fakeBrowser.storage.session.set({ rateLog: [Date.now() - 120_000, Date.now() - 90_000] });
    expect(await currentWait(2)).toBe(0);
  });
});

describe('REL-2 / REL-8: a 429 holds the whole budget', () => {
  it('should fail with the time left, not sleep, when the hold is longer than a worker may sleep', async () => {
    await holdBudget(120_000);

    await expect(takeSlot(100)).rejects.toMatchObject({ kind: 'rate-limited', retryAfterMs: expect.any(Number) });
    await expect(takeSlot(100)).rejects.toMatchObject({ retryAfterMs: expect.toSatisfy((ms: number) => ms > 110_000) });
  });

  it('should wait out a short hold before the next request', async () => {
    await holdBudget(300);
    const { rateHoldUntil } = (await fakeBrowser.storage.session.get('rateHoldUntil')) as { rateHoldUntil: number };

    await takeSlot(100);

    const { rateLog } = (await fakeBrowser.storage.session.get('rateLog')) as { rateLog: number[] };
    expect(rateLog[0]).toBeGreaterThanOrEqual(rateHoldUntil);
  });
});

describe('REL-11: a budget that no clock jump or huge Retry-After can block for good', () => {
  it('should count a logged time from the future (the clock was set back) as now, not as a wait of hours', async () => {
    const hoursAhead = Date.now() + 5 * 3_600_000;
    await fakeBrowser.storage.session.set({ rateLog: [hoursAhead, hoursAhead] });

    const actual = await currentWait(2);

    expect(actual).toBeLessThanOrEqual(61_000);
  });

  it('should hold for at most an hour, however long the Retry-After', async () => {
    await holdBudget(48 * 3_600_000);

    await expect(takeSlot(100)).rejects.toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: expect.toSatisfy((ms: number) => ms <= 3_600_000),
    });
  });

  it('should not sleep through a full window: fail with the time left, for an alarm to come back', async () => {
    await fakeBrowser.storage.session.set({ rateLog: [Date.now() - 1_000] });

    await expect(takeSlot(1)).rejects.toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: expect.toSatisfy((ms: number) => ms > 25_000),
    });
  });
});
