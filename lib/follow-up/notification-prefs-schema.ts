import { z } from 'zod';
import type { NotificationPrefs } from './notification-prefs';

export const notificationPrefsSchema: z.ZodType<NotificationPrefs> = z.strictObject({
  scope: z.enum(['own', 'organization']),
  completed: z.boolean(),
  started: z.boolean(),
  accepted: z.boolean(),
  expiring: z.boolean(),
});
