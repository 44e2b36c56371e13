import type { CreateInviteInput, Invite } from '@/lib/api/schemas';
import type { ErrorInfo } from '@/lib/api/errors';

// An invite the user asked for, persisted before the first attempt so nothing is lost and nothing sent twice
// (security.md REL-5, REL-6). Extension pages read the outbox from storage to show what is queued.

export type OutboxState = 'queued' | 'sending' | 'sent' | 'duplicate' | 'failed' | 'cancelled';

const FINAL_STATES: readonly OutboxState[] = ['sent', 'duplicate', 'failed', 'cancelled'];

export interface OutboxEntry {
  id: string;
  /** One send at a time per (assessment, lowercased email). */
  key: string;
  body: CreateInviteInput;
  assessmentName?: string;
  /** `bulk`: one line of a bulk run, reported by the run as a whole rather than one notification each. */
  origin: 'popup' | 'context-menu' | 'bulk';
  /** The environment of the key it was asked under: it never goes out under a key of the other one. */
  keyMode?: 'live' | 'test';
  /** Look for a live invite before the first POST; off once the user chose "Send anyway". */
  checkDuplicates: boolean;
  state: OutboxState;
  createdAt: number;
  /** POSTs made so far. */
  attempts: number;
  /** Failed steps so far (reads included): drives the backoff and the point where the entry gives up. */
  tries: number;
  /** When the first POST started: an invite AlfaOne has from after this (less skew) is ours. */
  firstAttemptAt?: number;
  /** Live invites that existed before a confirmed "Send anyway": never mistaken for this entry's own. */
  preexistingIds?: string[];
  /** A POST may have reached AlfaOne: ask with GET /invites before any other. */
  mustReconcile: boolean;
  nextAttemptAt: number;
  /** Waiting for the user: the key or the host permission must be fixed first. */
  blocked?: boolean;
  lastError?: ErrorInfo;
  invite?: Invite;
  existing?: Invite[];
  /** Report the outcome with a notification (no popup is waiting for it). */
  notify: boolean;
  finishedAt?: number;
}

export const isFinal = (entry: OutboxEntry) => FINAL_STATES.includes(entry.state);

export function outboxKey(assessmentId: string, email: string): string {
  return `${assessmentId}|${email.trim().toLowerCase()}`;
}
