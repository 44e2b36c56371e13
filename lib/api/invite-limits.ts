import type { InviteOptions } from './schemas';

/**
 * AlfaOne's bounds on an invite's options (docs/api.md §5.4), written once: the schemas check them and the
 * forms offer them. Plain values, so a page can use them without bundling zod.
 */
export const INVITE_LIMITS = {
  questionReplayLimit: { min: 1, max: 100 },
  answerRecordLimit: { min: 1, max: 100 },
  expiresInDays: { min: 1, max: 365 },
} as const;

/** The API's own defaults for POST /invites (docs/api.md §5.4): values equal to these are not sent. */
export const API_INVITE_DEFAULTS: InviteOptions = {
  questionReplayLimit: 1,
  answerRecordLimit: 1,
  expiresInDays: 30,
  proctoringSettings: { screenRecording: true, webcamMonitoring: true, requireIdCapture: true },
};
