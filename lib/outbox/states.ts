import type { OutboxEntry } from './entry';

// What a state means, without zod, so extension pages can ask it cheaply.

const SETTLED = new Set<OutboxEntry['state']>(['sent', 'duplicate', 'failed', 'cancelled']);

export const isSettled = (entry: Pick<OutboxEntry, 'state'>) => SETTLED.has(entry.state);

/** Still on its way, in the popup's "Waiting to send" list. */
export const isOpen = (entry: Pick<OutboxEntry, 'state'>) => !isSettled(entry);

export function outboxKey(assessmentId: string, email: string): string {
  return `${assessmentId}|${email.trim().toLowerCase()}`;
}
