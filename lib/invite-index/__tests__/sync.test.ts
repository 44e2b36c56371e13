import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInvite, listAssessments } from '@/lib/api/endpoints';
import { AppError } from '@/lib/api/errors';
import { useSandbox } from '@/lib/api/__tests__/sandbox-harness';
import { closeIndexDb, openIndexDb } from '../db';
import { unpack } from '../stored';
import { summarize } from '../lookup';
import { clearIndex, invitesFor, readState } from '../store';
import { DEFAULT_TIMING, syncStep, syncUntilIdle, type SyncContext } from '../sync-step';

// The index against the real sandbox: whatever happens between sync steps (creates, status changes, the worker
// stopping mid-sync), once the sync has caught up the index holds exactly the sandbox's invite list.

const harness = useSandbox({ rateLimitPerMinute: 1_000_000 });
const POOL = ['ana@example.com', 'Ana@Example.com', 'bo@example.org', 'cy@example.net'];
/** Forward moves only, as AlfaOne's lifecycle goes. */
const NEXT: Record<string, string[]> = {
  pending: ['accepted', 'expired', 'revoked'],
  accepted: ['started', 'expired', 'revoked'],
  started: ['completed', 'expired'],
};

type Command =
  | { kind: 'create'; assessment: number; email: number }
  | { kind: 'status'; invite: number; to: number }
  | { kind: 'steps'; count: number }
  | { kind: 'restart' }
  | { kind: 'time'; ms: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), assessment: fc.nat(3), email: fc.nat(POOL.length - 1) }),
  fc.record({ kind: fc.constant('status' as const), invite: fc.nat(200), to: fc.nat(2) }),
  fc.record({ kind: fc.constant('steps' as const), count: fc.integer({ min: 1, max: 4 }) }),
  fc.constant({ kind: 'restart' as const }),
  fc.record({
    kind: fc.constant('time' as const),
    ms: fc.constantFrom(10_000, DEFAULT_TIMING.incrementalEveryMs, DEFAULT_TIMING.liveRefreshEveryMs),
  }),
);

async function control(path: string, body?: unknown) {
  const res = await fetch(`${harness.sandbox().url}/__sandbox${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  expect(res.ok).toBe(true);
}

async function indexContents() {
  const db = await openIndexDb();
  return (await db.getAll('invites'))
    .map(unpack)
    .map((r) => `${r.id} ${r.email} ${r.assessmentId} ${r.status}`)
    .sort();
}

async function keptCounts() {
  const counts = (await readState(await openIndexDb()))?.counts ?? {};
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
}

async function countedStatuses() {
  const counts: Record<string, number> = {};
  for (const r of await (await openIndexDb()).getAll('invites')) counts[r.s] = (counts[r.s] ?? 0) + 1;
  return counts;
}

async function sandboxContents() {
  return (await harness.invites())
    .map((i) => `${i.id} ${i.recipientEmail.toLowerCase()} ${i.assessmentId} ${i.status}`)
    .sort();
}

describe('invite index sync', () => {
  let clock = 0;
  // Small pages, so 40-odd invites make several: invites shift between pages as statuses change and invites come.
  const context = async (pageSize = 5): Promise<SyncContext> => ({
    db: await openIndexDb(),
    client: harness.client(),
    owner: 'owner-a',
    now: () => clock,
    pageSize,
  });

  beforeEach(async () => {
    clock = Date.parse('2026-03-01T00:00:00Z');
    await clearIndex(await openIndexDb(), null);
  });

  it('stays equal to the sandbox through creates, status changes and restarts of the sync', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 25 }), async (commands) => {
        await control('/reset');
        await clearIndex(await openIndexDb(), null);
        const client = harness.client();
        const assessments = await listAssessments(client);
        for (const c of commands) {
          if (c.kind === 'create') {
            // The sandbox may refuse a second pending invite (409): then nothing was created.
            await createInvite(client, {
              assessmentId: assessments[c.assessment]!.id,
              recipientEmail: POOL[c.email]!,
            }).catch((e: unknown) => {
              if (!(e instanceof AppError && e.kind === 'conflict')) throw e;
            });
          } else if (c.kind === 'status') {
            const live = (await harness.invites()).filter((i) => NEXT[i.status]);
            const target = live[c.invite % Math.max(live.length, 1)];
            if (target)
              await control(`/invites/${target.id}/status`, {
                status: NEXT[target.status]![c.to % NEXT[target.status]!.length],
              });
          } else if (c.kind === 'steps') {
            for (let i = 0; i < c.count; i++) await syncStep(await context());
          } else if (c.kind === 'restart') {
            // A stopped worker: nothing survives but what the index persisted.
            await closeIndexDb();
          } else {
            clock += c.ms;
          }
        }
        // Catching up: the first sync finishes, then the incremental update and a live-status round are due.
        for (let round = 0; round < 2; round++) {
          clock += DEFAULT_TIMING.liveRefreshEveryMs;
          await syncUntilIdle(await context());
        }
        expect(await indexContents()).toEqual(await sandboxContents());
        // The per-status counts the commits kept (the Follow up view's) are the index's own.
        expect(await keptCounts()).toEqual(await countedStatuses());
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('answers for an address across assessments, case-insensitively, with live invites first', async () => {
    await syncUntilIdle(await context());
    const records = await invitesFor(await openIndexDb(), ' priya.natarajan@EXAMPLE.com ');
    const { live } = summarize(records);
    expect(live.map((r) => r.status)).toEqual(['pending']);
    expect(live[0]!.recipientEmail).toBe('Priya.Natarajan@Example.com');
  });

  it('a first sync pages oldest first, one request per page, and stops at the last page', async () => {
    await syncUntilIdle(await context(100));
    const state = await readState(await openIndexDb());
    const requests = (await harness.requests()).filter((r) => r.path.endsWith('/invites'));
    expect(requests[0]!.query).toMatchObject({ sort: 'sent_at', order: 'asc', page: '1', limit: '100' });
    expect(state).toMatchObject({ phase: 'ready', requests: requests.length });
  });

  it('another owner (key or environment) starts from an empty index', async () => {
    await syncUntilIdle(await context());
    const other = { ...(await context()), owner: 'owner-b', client: harness.client('empty') };
    await syncUntilIdle(other);
    expect(await indexContents()).toEqual([]);
  });
});

describe('the clock rule: the index is fresh by the monotonic clock', () => {
  afterEach(() => vi.useRealTimers());

  it('should fetch newer invites once due, though the wall clock was set back an hour since the last fetch', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'performance'] });
    const db = await openIndexDb();
    const ctx: SyncContext = { db, client: harness.client(), owner: 'owner-clock' };
    await syncUntilIdle(ctx);
    const fetched = (await harness.requests()).length;

    vi.setSystemTime(Date.now() - 60 * 60_000);
    vi.advanceTimersByTime(DEFAULT_TIMING.incrementalEveryMs);
    await syncStep(ctx);

    // Stale after a minute on the monotonic clock: the newest-first list is read again.
    const again = (await harness.requests()).slice(fetched);
    expect(again.some((r) => r.method === 'GET' && r.query.order === 'desc')).toBe(true);
  });
});
