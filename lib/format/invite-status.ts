import { i18n } from '#i18n';
import type { PlainKey } from '@/lib/i18n/keys';
import type { InviteStatus } from '@/lib/messaging/views';
import { uiLanguage } from '@/lib/i18n/language';

const STATUS_KEYS: Record<InviteStatus, PlainKey> = {
  pending: 'status.pending',
  accepted: 'status.accepted',
  started: 'status.started',
  completed: 'status.completed',
  expired: 'status.expired',
  revoked: 'status.revoked',
};

/** Every status, in the order the filter lists them. */
export const INVITE_STATUSES = Object.keys(STATUS_KEYS) as InviteStatus[];

/** "Pending"; a status AlfaOne added since is shown as it sent it. */
export function inviteStatusLabel(status: string | null | undefined): string {
  const key = STATUS_KEYS[(status ?? 'pending') as InviteStatus] as PlainKey | undefined;
  return key ? i18n.t(key) : String(status);
}

/** The status as a word within a sentence ("already has a pending invite"): the label, in lower case. */
export function inviteStatusWord(status: string | null | undefined): string {
  return inviteStatusLabel(status).toLocaleLowerCase(uiLanguage());
}
