import { z } from 'zod';
import { BASE_URL_CHOICES, type InviteOptions, type Settings } from './settings';

export const inviteOptionsSchema: z.ZodType<InviteOptions> = z.strictObject({
  questionReplayLimit: z.number().int().min(1).max(100),
  answerRecordLimit: z.number().int().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(365),
  proctoringSettings: z.strictObject({
    screenRecording: z.boolean(),
    webcamMonitoring: z.boolean(),
    requireIdCapture: z.boolean(),
  }),
});

export const settingsSchema: z.ZodType<Settings> = z.strictObject({
  baseUrl: z.string().refine((url) => BASE_URL_CHOICES.includes(url), 'Choose one of the offered API base URLs'),
  tier: z.enum(['standard', 'enterprise']),
  inviteDefaults: inviteOptionsSchema,
});
