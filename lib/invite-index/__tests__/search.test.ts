import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeIndexDb, INDEX_DB_NAME, openIndexDb } from '../db';
import type { IndexedInvite } from '../record';
import { clearIndex, putInvites, searchInvites } from '../store';

// "Search invites" orders as the assessment search does (docs/product.md, Search): the exact name first, then
// names that start with what was typed, then word prefixes, then what merely contains it; the newest first within each.

const invite = (id: string, name: string | null, email: string, assessment: string, day: number): IndexedInvite => ({
  id,
  email,
  recipientEmail: email,
  recipientName: name,
  assessmentId: `asm_${assessment}`,
  assessmentName: assessment,
  status: 'pending',
  sentAt: new Date(Date.UTC(2026, 10, day)).toISOString(),
  expiresAt: new Date(Date.UTC(2026, 11, day)).toISOString(),
  seenRound: 0,
});

afterEach(async () => {
  await closeIndexDb();
  indexedDB.deleteDatabase(INDEX_DB_NAME);
});

describe('searchInvites', () => {
  it('should rank exact, then starts-with, then word prefix, then contains; newest first within each', async () => {
    const db = await openIndexDb();
    await putInvites(db, [
      invite('contains', 'Rosana Díaz', 'rosana@example.com', 'Support', 9),
      invite('prefix-old', 'Juan Ana', 'juan@example.com', 'Data Analyst', 2),
      invite('prefix-new', 'Marta Ana', 'marta@example.com', 'Data Analyst', 8),
      invite('starts', 'Ana Gómez Ruiz', 'ana.g@example.com', 'QA Engineer', 7),
      invite('exact-old', 'Ana Gómez', 'ana@example.com', 'QA Engineer', 1),
      invite('exact-new', 'ana gomez', 'ana2@example.com', 'Support', 3),
    ]);
    const actual = (await searchInvites(db, 'Ana Gómez', 10)).map((i) => i.id);
    expect(actual).toEqual(['exact-new', 'exact-old', 'starts']);
    const byOneWord = (await searchInvites(db, 'ana', 10)).map((i) => i.id);
    expect(byOneWord).toEqual(['starts', 'exact-new', 'exact-old', 'prefix-new', 'prefix-old', 'contains']);
  });

  it('should find an assessment by its exact name before its numbered copies, and keep the limit', async () => {
    const db = await openIndexDb();
    await putInvites(db, [
      ...Array.from({ length: 5 }, (_, n) =>
        invite(`copy${n}`, null, `c${n}@example.com`, `Backend Engineer #${n}`, 20 + n),
      ),
      invite('exact', null, 'e@example.com', 'Backend Engineer', 1),
    ]);
    expect((await searchInvites(db, 'backend engineer', 3)).map((i) => i.id)).toEqual(['exact', 'copy4', 'copy3']);
  });

  it('should search a memo kept equal to the index: a status written again, a new invite, the index emptied', async () => {
    const db = await openIndexDb();
    const ana = invite('a', 'Ana Gómez', 'ana@example.com', 'Support', 1);
    const found = async () => (await searchInvites(db, 'ana', 10)).map((i) => `${i.id} ${i.status}`);
    await putInvites(db, [ana]);
    expect(await found()).toEqual(['a pending']);

    await putInvites(db, [{ ...ana, status: 'completed' }]);
    expect(await found()).toEqual(['a completed']);
    await putInvites(db, [invite('b', 'Ana Ruiz', 'ruiz@example.com', 'Support', 2)]);
    expect(await found()).toEqual(['b pending', 'a completed']);
    await clearIndex(db, null);
    expect(await found()).toEqual([]);
  });
});
