import type { OutboxEntry } from './entry';

// Entries stored before the outbox kept a key identity (docs/security.md REL-10): none may go out under a key it
// cannot prove it was asked under, so open ones are held for the user to choose; settled ones keep their outcome.

type V1Entry = Record<string, unknown> & {
  state?: string;
  nextAttemptAt?: number;
  attempts?: number;
  mustReconcile?: boolean;
  keyMode?: 'live' | 'test';
};

export function migrateOutboxV1(stored: unknown): OutboxEntry[] {
  const entries = Array.isArray(stored) ? (stored as V1Entry[]) : [];
  return entries.map((old) => {
    const settled = ['sent', 'duplicate', 'failed', 'cancelled'].includes(String(old.state));
    const { nextAttemptAt, attempts, mustReconcile, keyMode, blocked: _blocked, firstAttemptAt, ...rest } = old;
    return {
      ...rest,
      state: settled ? old.state : 'held',
      hold: settled ? undefined : 'key-changed',
      keyEnv: keyMode,
      keyId: '',
      nextAt: nextAttemptAt ?? 0,
      posts: attempts ?? 0,
      postedAt: firstAttemptAt,
      preexistingIds: (old.preexistingIds as string[] | undefined) ?? [],
      unsure: Boolean(mustReconcile),
    } as OutboxEntry;
  });
}
