// Which status changes raise a notification (docs/product.md, Follow up): completions on, starts and acceptances
// off, for invites sent from this browser unless the user widens it to the whole organization. No zod here: the
// pages read it (the schema is notification-prefs-schema.ts, for the background).

export interface NotificationPrefs {
  scope: 'own' | 'organization';
  completed: boolean;
  started: boolean;
  accepted: boolean;
  /** The daily "expiring within 24 hours" notification. */
  expiring: boolean;
}

export const DEFAULT_NOTIFICATION_PREFS: NotificationPrefs = {
  scope: 'own',
  completed: true,
  started: false,
  accepted: false,
  expiring: true,
};

/** The statuses a change to which may be told. */
export const NOTIFIED_STATUSES = ['completed', 'started', 'accepted'] as const;
export type NotifiedStatus = (typeof NOTIFIED_STATUSES)[number];
