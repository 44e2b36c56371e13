import 'fake-indexeddb/auto';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { startSandbox } from '../sandbox/server';
import { createApiClient } from '../lib/api/client';
import { openIndexDb } from '../lib/invite-index/db';
import { LIVE_STATUSES, toRecord } from '../lib/invite-index/record';
import { putInvites, writeState } from '../lib/invite-index/store';
import { freshState } from '../lib/invite-index/sync-state';
import { DEFAULT_TIMING, syncStep } from '../lib/invite-index/sync-step';
import type { Invite } from '../lib/api/schemas';

// The live-status refresh at 2,000 live invites among 50,000, Standard tier (docs/product.md, Follow up): an hour of
// the sync's own steps against the sandbox on a simulated clock, paced as background/invite-index/schedule.ts paces
// them (at most half the budget in any minute, a step when one is due). Candidates move all through the hour; each
// move's lag is the time until a read of the index reports it (the run goes on until the hour's last moves are seen). The clock is simulated (an hour in a few minutes), the
// requests and the index are real (the sandbox over HTTP, IndexedDB in Node).

const TOTAL = Number(process.env.BENCH_REFRESH_TOTAL || 50_000);
const LIVE = 2_000;
const BUDGET = 100;
const SHARE = BUDGET / 2;
const HOUR = 3_600_000;
/** Simulated time one request takes. */
const REQUEST_MS = 300;
/** A candidate moves this often (60 in the hour). */
const MOVE_EVERY_MS = 60_000;
const NEXT: Record<string, string> = { pending: 'accepted', accepted: 'started', started: 'completed' };

type Line = (label: string, value: string, budget: string) => void;

export async function benchStatusRefresh(line: Line): Promise<void> {
  let now = Date.parse('2026-12-01T09:00:00Z');
  process.env.SANDBOX_SEED_INVITES = String(TOTAL);
  const sandbox = await startSandbox({ port: 0, rateLimitPerMinute: BUDGET, now: () => now });
  delete process.env.SANDBOX_SEED_INVITES;
  try {
    // Exactly 2,000 live invites, expiring after the hour; the rest finished.
    const invites = sandbox.state.invites;
    invites.forEach((invite, n) => {
      if (n < LIVE) {
        invite.status = LIVE_STATUSES[n % 3]!;
        invite.expiresAt = new Date(now + 7 * 24 * HOUR).toISOString();
      } else if (LIVE_STATUSES.includes(invite.status as never)) invite.status = 'completed';
    });
    const client = createApiClient({
      baseUrl: sandbox.baseUrl,
      apiKey: SANDBOX_KEYS.live,
      readRetry: { baseMs: 0, capMs: 0, attempts: 1 },
    });
    // The index as a finished first sync leaves it (the first sync has its own figures).
    const db = await openIndexDb();
    const owner = 'bench';
    const all = (await (await fetch(`${sandbox.url}/__sandbox/invites`)).json()) as { invites: Invite[] };
    await writeState(db, {
      ...freshState(owner),
      phase: 'ready',
      newestSentAt: all.invites.reduce((m, i) => (i.sentAt > m ? i.sentAt : m), ''),
      lastIncrementalAt: now,
      lastLiveRefreshAt: now,
    });
    await putInvites(
      db,
      all.invites.map((i) => toRecord(i)),
    );

    const requestTimes: number[] = [];
    const moved = new Map<string, number>();
    const lags: number[] = [];
    const end = now + HOUR;
    let nextMove = now + MOVE_EVERY_MS / 2;
    let nextDue = now;
    while (now < end || (moved.size > 0 && now < end + HOUR)) {
      while (nextMove <= now && nextMove < end) {
        const live = invites.filter((i) => NEXT[i.status ?? ''] && !moved.has(i.id));
        const invite = live[Math.floor((nextMove / MOVE_EVERY_MS) * 7919) % live.length]!;
        invite.status = NEXT[invite.status!] as typeof invite.status;
        moved.set(invite.id, nextMove);
        nextMove += MOVE_EVERY_MS;
      }
      const inWindow = requestTimes.filter((t) => t > now - 60_000).length;
      if (now < nextDue || inWindow >= SHARE) {
        const wake = Math.max(nextDue, inWindow >= SHARE ? requestTimes.at(-SHARE)! + 60_000 : now);
        now = nextMove < end ? Math.min(nextMove, wake) : wake;
        continue;
      }
      const before = sandbox.state.requests.length;
      const outcome = await syncStep({ db, client, owner, now: () => now, timing: DEFAULT_TIMING });
      for (let n = before; n < sandbox.state.requests.length; n++) requestTimes.push(now);
      now += (sandbox.state.requests.length - before) * REQUEST_MS;
      for (const change of outcome.changes ?? []) {
        const at = moved.get(change.invite.id);
        if (at === undefined) continue;
        lags.push(now - at);
        moved.delete(change.invite.id);
      }
      if (outcome.done) nextDue = outcome.nextDueAt;
    }
    // Shares over the hour of moves (the run goes on only until the last moves are seen).
    const inHour = requestTimes.filter((t) => t < end);
    const busiest = Math.max(...inHour.map((t) => inHour.filter((u) => u >= t && u < t + 60_000).length));
    const sorted = [...lags].sort((a, b) => a - b);
    const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;
    line(
      `Status refresh, ${LIVE.toLocaleString('en')} live of ${TOTAL.toLocaleString('en')}, Standard: change → index`,
      `median ${minutes(sorted[Math.floor(sorted.length / 2)] ?? 0)}, worst ${minutes(sorted.at(-1) ?? 0)} (${lags.length} of ${lags.length + moved.size} moves seen)`,
      '≤ 10 min',
    );
    line(
      'Status refresh: busiest minute; hourly average (share of the budget)',
      `${busiest} requests = ${(busiest / BUDGET).toFixed(2)}; ${inHour.length} in the hour = ${(inHour.length / 60 / BUDGET).toFixed(3)}`,
      '≤ 0.5; ≤ 0.1',
    );
  } finally {
    await sandbox.close();
  }
}
