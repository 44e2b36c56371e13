import { z } from 'zod';
import { inviteOptionsSchema } from '@/lib/api/schemas';
import { BASE_URL_CHOICES, RATE_TIERS, type RateTier } from './settings';

// The one definition of the settings (docs/security.md SEC-8: read back through it too). Extension pages use
// settings.ts, which imports these types only, so they need not bundle zod.

const tiers = Object.keys(RATE_TIERS) as [RateTier, ...RateTier[]];

export const settingsSchema = z.strictObject({
  baseUrl: z.string().refine((url) => BASE_URL_CHOICES.includes(url), 'Choose one of the offered API base URLs'),
  tier: z.enum(tiers),
  inviteDefaults: inviteOptionsSchema,
});

export type Settings = z.infer<typeof settingsSchema>;
export type { InviteOptions } from '@/lib/api/schemas';
