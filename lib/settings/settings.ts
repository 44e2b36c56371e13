import { DOCUMENTED_BASE_URLS, parseBaseUrl } from '@/lib/config/api-base-url';
import { API_INVITE_DEFAULTS } from '@/lib/api/invite-limits';
import type { Settings } from './settings-schema';

// Settings as plain data, so extension pages can use them without bundling zod. The shape is settings-schema.ts.
export type { InviteOptions, Settings } from './settings-schema';

/** The base URL this build talks to by default (WXT_API_BASE_URL at build time). */
export const BUILD_BASE_URL: string = parseBaseUrl(import.meta.env.WXT_API_BASE_URL || DOCUMENTED_BASE_URLS[0]);

/** The base URLs the options page offers: the build's own, then the documented ones. */
export const BASE_URL_CHOICES: readonly string[] = [...new Set([BUILD_BASE_URL, ...DOCUMENTED_BASE_URLS])];

export const RATE_TIERS = { standard: 100, enterprise: 1000 } as const;
export type RateTier = keyof typeof RATE_TIERS;

export { API_INVITE_DEFAULTS };

export const DEFAULT_SETTINGS: Settings = {
  baseUrl: BUILD_BASE_URL,
  tier: 'standard',
  inviteDefaults: API_INVITE_DEFAULTS,
};
