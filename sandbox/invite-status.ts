import type { InviteStatus, StoredInvite } from './types';

/**
 * Moves an invite to `status` (the control API's stand-in for the candidate and the admin UI)
 * and fills in the timestamps that status implies, keeping ones already set.
 * Moving back to pending clears them. No transition rules: tests may need any state.
 */
export function setInviteStatus(invite: StoredInvite, status: InviteStatus, nowMs: number): void {
  const now = new Date(nowMs).toISOString();
  invite.status = status;
  switch (status) {
    case 'pending':
      invite.acceptedAt = null;
      invite.startedAt = null;
      invite.completedAt = null;
      invite.revokedAt = null;
      return;
    case 'accepted':
    case 'started':
    case 'completed':
      // Each later stage implies the earlier ones happened.
      invite.acceptedAt ??= now;
      if (status !== 'accepted') invite.startedAt ??= now;
      if (status === 'completed') invite.completedAt ??= now;
      return;
    case 'expired':
      if (Date.parse(invite.expiresAt) > nowMs) invite.expiresAt = now;
      return;
    case 'revoked':
      invite.revokedAt ??= now;
      return;
  }
}
