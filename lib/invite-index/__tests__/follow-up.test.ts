import { describe, expect, it } from 'vitest';
import { groupForFollowUp, groupOf, isNewCompletion } from '../follow-up';
import type { IndexedInvite } from '../record';

// docs/product.md, Follow up: six groups from the index; "Expiring soon" is pending and expiring within 48 hours.

const NOW = Date.UTC(2026, 11, 7, 12);
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

function invite(id: string, status: string, extra: Partial<IndexedInvite> = {}): IndexedInvite {
  return {
    id,
    email: `${id}@example.com`,
    recipientEmail: `${id}@example.com`,
    recipientName: null,
    assessmentId: 'asm_1',
    assessmentName: 'Backend Engineer',
    status,
    sentAt: iso(NOW - 72 * HOUR),
    expiresAt: iso(NOW + 96 * HOUR),
    seenRound: 0,
    ...extra,
  };
}

describe('Follow up groups', () => {
  it.each([
    ['completed', {}, 'completed'],
    ['started', {}, 'started'],
    ['accepted', {}, 'accepted'],
    ['pending', {}, 'notStarted'],
    ['pending', { expiresAt: iso(NOW + 47 * HOUR) }, 'expiringSoon'],
    ['pending', { expiresAt: iso(NOW + 49 * HOUR) }, 'notStarted'],
    ['pending', { expiresAt: iso(NOW - HOUR) }, 'expired'],
    ['expired', {}, 'expired'],
    ['revoked', {}, 'expired'],
    ['archived', {}, null],
  ] as const)('should put a %s invite (%o) in %s', (status, extra, expected) => {
    expect(groupOf(invite('a', status, extra), NOW)).toBe(expected);
  });

  it('should order each group by its date (newest change first; soonest expiry first) and cap the rows', () => {
    const records = [
      invite('c1', 'completed', { completedAt: iso(NOW - 5 * HOUR) }),
      invite('c2', 'completed', { completedAt: iso(NOW - HOUR) }),
      invite('c3', 'completed', { completedAt: iso(NOW - 3 * HOUR) }),
      invite('x1', 'pending', { expiresAt: iso(NOW + 40 * HOUR) }),
      invite('x2', 'pending', { expiresAt: iso(NOW + 2 * HOUR) }),
    ];
    const groups = groupForFollowUp(records, { now: NOW, perGroup: 2 });
    expect(groups.map((g) => [g.name, g.count])).toEqual([
      ['completed', 3],
      ['started', 0],
      ['accepted', 0],
      ['notStarted', 0],
      ['expiringSoon', 2],
      ['expired', 0],
    ]);
    expect(groups[0]!.rows.map((r) => r.id)).toEqual(['c2', 'c3']);
    expect(groups[0]!.rows[0]!.statusAt).toBe(iso(NOW - HOUR));
    expect(groups[4]!.rows.map((r) => r.id)).toEqual(['x2', 'x1']);
  });

  it('should show a lapsed invite invited again with its newer invite, and only the newer one', () => {
    const old = invite('old', 'expired', { sentAt: iso(NOW - 400 * HOUR), expiresAt: iso(NOW - 200 * HOUR) });
    const again = invite('new', 'pending', { email: old.email, sentAt: iso(NOW - HOUR) });
    const other = invite('other', 'revoked', { assessmentId: 'asm_2' });
    const [expired] = groupForFollowUp([again, old, other], { now: NOW, perGroup: 10 }).slice(-1);
    expect(expired!.rows.map((r) => [r.id, r.again?.id])).toEqual([
      ['other', undefined],
      ['old', 'new'],
    ]);
  });

  it('should mark completions after the last look as new, and none on the first look ever', () => {
    const [completed] = groupForFollowUp(
      [
        invite('after', 'completed', { completedAt: iso(NOW - HOUR) }),
        invite('before', 'completed', { completedAt: iso(NOW - 30 * HOUR) }),
      ],
      { now: NOW, perGroup: 10 },
    );
    const seenAt = NOW - 2 * HOUR;
    expect(completed!.rows.map((r) => isNewCompletion(r, seenAt))).toEqual([true, false]);
    expect(completed!.rows.map((r) => isNewCompletion(r, null))).toEqual([false, false]);
  });
});
