import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, expect, it } from 'vitest';
import { closeIndexDb, INDEX_DB_NAME, openIndexDb } from '../db';
import { groupForFollowUp } from '../follow-up';
import { readFollowUpGroups } from '../follow-up-read';
import type { IndexedInvite } from '../record';
import { putInvites } from '../store';

// The view's groups read from the index's ranges (follow-up-read.ts) are the groups of the whole index
// (follow-up.ts): the same counts, the same rows in the same order, lapsed rows with their newer invite.

const NOW = Date.UTC(2026, 11, 7, 12);
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const STATUSES = ['pending', 'accepted', 'started', 'completed', 'expired', 'revoked', 'archived'] as const;

afterEach(async () => {
  await closeIndexDb();
  indexedDB.deleteDatabase(INDEX_DB_NAME);
});

/** Invites with distinct dates, one expiry period (a week, as AlfaOne's default), a few people invited twice. */
const invites = fc
  .array(fc.record({ status: fc.constantFrom(...STATUSES), person: fc.nat(40), hours: fc.nat(240) }), {
    minLength: 20,
    maxLength: 120,
  })
  .map((drafts) =>
    drafts.map(({ status, person, hours }, n): IndexedInvite => {
      const sent = NOW - hours * HOUR - n * 1000;
      const changed = sent + HOUR;
      return {
        id: `inv_${n}`,
        email: `p${person}@example.com`,
        recipientEmail: `p${person}@example.com`,
        recipientName: person % 3 ? `Person ${person}` : null,
        assessmentId: `asm_${person % 2}`,
        assessmentName: `Assessment ${person % 2}`,
        status,
        sentAt: iso(sent),
        expiresAt: iso(sent + WEEK),
        acceptedAt: ['accepted', 'started', 'completed'].includes(status) ? iso(changed) : null,
        startedAt: ['started', 'completed'].includes(status) ? iso(changed + 1) : null,
        completedAt: status === 'completed' ? iso(changed + 2) : null,
        seenRound: 0,
      };
    }),
  );

it('should read the same groups from the index ranges as from every invite', async () => {
  await fc.assert(
    fc.asyncProperty(invites, fc.integer({ min: 1, max: 8 }), async (records, perGroup) => {
      const db = await openIndexDb();
      await db.clear('invites');
      await putInvites(db, records);
      const expected = groupForFollowUp(records, { now: NOW, perGroup });
      // Counted from the index, and from the per-status counts the sync keeps.
      const counts: Record<string, number> = {};
      for (const r of records) counts[r.status] = (counts[r.status] ?? 0) + 1;
      expect(await readFollowUpGroups(db, NOW, perGroup)).toEqual(expected);
      expect(await readFollowUpGroups(db, NOW, perGroup, counts)).toEqual(expected);
    }),
    { numRuns: 40 },
  );
});
