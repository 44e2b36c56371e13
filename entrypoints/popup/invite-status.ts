import type { InviteStatus } from '@/lib/messaging/views';

export const INVITE_STATUS_LABELS: Record<InviteStatus, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  started: 'Started',
  completed: 'Completed',
  expired: 'Expired',
  revoked: 'Revoked',
};
