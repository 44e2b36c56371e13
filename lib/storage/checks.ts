import { z } from 'zod';
import { bulkRunSchema } from '@/lib/bulk/run-schema';
import { assessmentSchema, inviteOptionsSchema } from '@/lib/api/schemas';
import { settingsSchema } from '@/lib/settings/settings-schema';
import { apiKey } from './api-key';
import { checkOnRead } from './item';
import {
  assessmentDefaults,
  assessmentsCache,
  bulkRun,
  followUpSeenAt,
  keyStatus,
  notificationPrefs,
  outbox,
  recentAssessmentIds,
  settings,
  testLiveRefreshMs,
} from './items';
import { notificationPrefsSchema } from '@/lib/follow-up/notification-prefs-schema';
import { keyStatusSchema } from './key-status';
import { savedKeysSchema } from './saved-keys';
import { outboxEntrySchema } from '@/lib/outbox/entry';

// docs/security.md SEC-8: everything the background reads back from storage is parsed with its schema before use.
// Installed by the background at start (and by the unit tests' setup); pages only display, so they skip it.

/** A list keeps the elements that fit and drops, with a log line, each one that does not. */
function listOf<T>(name: string, element: z.ZodType<T>) {
  return z
    .array(z.unknown())
    .max(1_000)
    .transform((items) =>
      items.flatMap((raw) => {
        const parsed = element.safeParse(raw);
        if (!parsed.success) console.warn(`Storage: dropped an element of "${name}", which does not fit its schema`);
        return parsed.success ? [parsed.data] : [];
      }),
    );
}

const cachedAssessmentSchema = assessmentSchema
  .pick({ id: true, name: true, questionCount: true, languages: true })
  .extend({ questionFormat: z.string().optional(), answerFormat: z.string().optional() })
  .strict();

const cachedListSchema = z.strictObject({
  baseUrl: z.string(),
  last4: z.string().max(8),
  fetchedAt: z.number(),
  assessments: z.array(cachedAssessmentSchema),
});

export function installStorageChecks(): void {
  checkOnRead(bulkRun, bulkRunSchema.nullable());
  checkOnRead(apiKey, savedKeysSchema.nullable());
  checkOnRead(keyStatus, keyStatusSchema);
  checkOnRead(settings, settingsSchema);
  checkOnRead(outbox, listOf('outbox', outboxEntrySchema));
  checkOnRead(followUpSeenAt, z.number().nonnegative().nullable());
  checkOnRead(notificationPrefs, notificationPrefsSchema);
  checkOnRead(
    assessmentDefaults,
    z.record(z.string().max(100), z.strictObject({ name: z.string().max(500), options: inviteOptionsSchema })),
  );
  checkOnRead(testLiveRefreshMs, z.number().int().min(1_000).nullable());
  checkOnRead(recentAssessmentIds, z.array(z.string().max(100)).max(1_000));
  checkOnRead(
    assessmentsCache,
    z.strictObject({ live: cachedListSchema.optional(), test: cachedListSchema.optional() }),
  );
}
