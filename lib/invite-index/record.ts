import type { Invite, InviteStatus } from '@/lib/api/schemas';

// One invite as the local index keeps it: the list fields a lookup shows, under the lowercased address.

export type IndexedInvite = Pick<
  Invite,
  'id' | 'assessmentId' | 'assessmentName' | 'recipientEmail' | 'sentAt' | 'expiresAt'
> & {
  /** The lowercased, trimmed address: the first half of the primary key. */
  email: string;
  recipientName: string | null;
  /**
   * A missing status (older API, docs/api.md §9 #6) is kept as pending: the safe side for duplicates. One this
   * version does not know is kept as it came (shown as is, not counted live), like the outbox does.
   */
  status: InviteStatus | (string & {});
  acceptedAt?: string | null;
  startedAt?: string | null;
  completedAt?: string | null;
  /** The live-status refresh round that last saw this invite in a live list (0: never). */
  seenRound: number;
  /** Sent from this browser: kept across every later read of the invite. */
  own?: boolean;
};

/** An invite whose status a read found changed: what it was, and the invite now. */
export interface StatusChange {
  before: string;
  invite: IndexedInvite;
}

/** Statuses that mean the candidate already has a live invite (docs/product.md, Duplicates). */
export const LIVE_STATUSES: readonly InviteStatus[] = ['pending', 'accepted', 'started'];

export const isLive = (status: string) => (LIVE_STATUSES as readonly string[]).includes(status);

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function toRecord(invite: Invite, seenRound = 0): IndexedInvite {
  return {
    id: invite.id,
    email: normalizeEmail(invite.recipientEmail),
    recipientEmail: invite.recipientEmail,
    recipientName: invite.recipientName ?? null,
    assessmentId: invite.assessmentId,
    assessmentName: invite.assessmentName,
    status: invite.status ?? 'pending',
    sentAt: invite.sentAt,
    expiresAt: invite.expiresAt,
    acceptedAt: invite.acceptedAt ?? null,
    startedAt: invite.startedAt ?? null,
    completedAt: invite.completedAt ?? null,
    seenRound,
  };
}
