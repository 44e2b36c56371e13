import { describe, expect, it } from 'vitest';
import type { IndexedInvite } from '../record';
import { pack, unpack } from '../stored';

const record: IndexedInvite = {
  id: 'inv_1',
  email: 'maria.lopez@example.com',
  recipientEmail: 'maria.lopez@example.com',
  recipientName: 'María López',
  assessmentId: 'asm_1',
  assessmentName: 'Backend (Go)',
  status: 'pending',
  sentAt: '2026-11-30T10:00:00.000Z',
  expiresAt: '2026-12-07T10:00:00.000Z',
  acceptedAt: null,
  startedAt: null,
  completedAt: null,
  seenRound: 0,
};

describe('stored invite', () => {
  it('round-trips a pending invite and leaves out what is empty or repeated', () => {
    const stored = pack(record);
    expect(Object.keys(stored).sort()).toEqual(['a', 'e', 'g', 'i', 'm', 'n', 's', 't', 'x']);
    expect(unpack(stored)).toEqual(record);
  });

  it('keeps an address written differently, every date, the round and an unknown status', () => {
    const finished: IndexedInvite = {
      ...record,
      recipientEmail: 'Maria.Lopez@Example.com',
      recipientName: null,
      status: 'archived',
      acceptedAt: '2026-11-30T11:00:00.000Z',
      startedAt: '2026-11-30T12:00:00.000Z',
      completedAt: '2026-11-30T13:00:00.000Z',
      seenRound: 4,
    };
    expect(unpack(pack(finished))).toEqual(finished);
  });

  it('normalises an ISO date written without milliseconds, and keeps text that is no date as it came', () => {
    const odd = { ...record, sentAt: '2026-11-30T10:00:00Z', expiresAt: 'never' };
    const back = unpack(pack(odd));
    expect(back.sentAt).toBe('2026-11-30T10:00:00.000Z');
    expect(back.expiresAt).toBe('never');
  });
});
