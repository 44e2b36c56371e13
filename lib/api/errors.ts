// The one error type of the extension: every way a call to AlfaOne can fail (docs/api.md) and the few failures of
// the extension's own making, each with words for the user, in one table. Handlers throw it; `handle()` turns it
// into a `Result` value, since class identity does not survive messaging. The words are made where the error is
// (the background or a page, both in the browser's language) and travel as plain text.

import { i18n } from '#i18n';
import { uiLanguage } from '@/lib/i18n/language';

/**
 * AlfaOne's own words for key and rate-limit trouble (docs/api.md §2.1, §2.2): shown as AlfaOne sends them, in
 * every language, as the message when AlfaOne sent none.
 */
const ALFAONE_WORDS = {
  keyMissing: 'API key is required',
  keyInvalid: 'Invalid API key',
  keyExpired: 'API key has expired',
  keyRevoked: 'API key has been revoked',
  rateLimited: 'Rate limit exceeded. Please try again later.',
} as const;

/**
 * One kind's words. The message when the error brings none is `alfaOne`, AlfaOne's documented English, kept as it is
 * in every language (the one place that says which kinds keep AlfaOne's words: see `actionFor`), or ours, translated.
 */
type Words = ({ alfaOne: string } | { message: () => string }) & {
  action: () => string;
  /** What AlfaOne's English words mean, for a reader of another language (shown before the action). */
  meaning?: () => string;
};

const WORDS = {
  'key-missing': {
    alfaOne: ALFAONE_WORDS.keyMissing,
    action: () => i18n.t('errors.keyMissing.action'),
    meaning: () => i18n.t('errors.keyMissing.meaning'),
  },
  'key-invalid': {
    alfaOne: ALFAONE_WORDS.keyInvalid,
    action: () => i18n.t('errors.keyInvalid.action'),
    meaning: () => i18n.t('errors.keyInvalid.meaning'),
  },
  'key-expired': {
    alfaOne: ALFAONE_WORDS.keyExpired,
    action: () => i18n.t('errors.keyExpired.action'),
    meaning: () => i18n.t('errors.keyExpired.meaning'),
  },
  'key-revoked': {
    alfaOne: ALFAONE_WORDS.keyRevoked,
    action: () => i18n.t('errors.keyRevoked.action'),
    meaning: () => i18n.t('errors.keyRevoked.meaning'),
  },
  'bad-request': {
    message: () => i18n.t('errors.badRequest.message'),
    action: () => i18n.t('errors.badRequest.action'),
    meaning: () => i18n.t('errors.badRequest.meaning'),
  },
  'not-found': {
    message: () => i18n.t('errors.notFound.message'),
    action: () => i18n.t('errors.notFound.action'),
    meaning: () => i18n.t('errors.notFound.meaning'),
  },
  conflict: {
    message: () => i18n.t('errors.conflict.message'),
    action: () => i18n.t('errors.conflict.action'),
    meaning: () => i18n.t('errors.conflict.meaning'),
  },
  'rate-limited': {
    alfaOne: ALFAONE_WORDS.rateLimited,
    action: () => i18n.t('errors.rateLimited.action'),
    meaning: () => i18n.t('errors.rateLimited.meaning'),
  },
  server: {
    message: () => i18n.t('errors.server.message'),
    action: () => i18n.t('errors.server.action'),
    meaning: () => i18n.t('errors.server.meaning'),
  },
  network: { message: () => i18n.t('errors.network.message'), action: () => i18n.t('errors.network.action') },
  timeout: { message: () => i18n.t('errors.timeout.message'), action: () => i18n.t('errors.timeout.action') },
  'invalid-response': {
    message: () => i18n.t('errors.invalidResponse.message'),
    action: () => i18n.t('errors.invalidResponse.action'),
  },
  // The extension's own.
  forbidden: { message: () => i18n.t('errors.forbidden.message'), action: () => '' },
  'invalid-input': {
    message: () => i18n.t('errors.invalidInput.message'),
    action: () => i18n.t('errors.invalidInput.action'),
  },
  'permission-missing': {
    message: () => i18n.t('errors.permissionMissing.message'),
    action: () => i18n.t('errors.permissionMissing.action'),
  },
  // Fail closed where Chrome's storage lock could not be set (docs/security.md SEC-3).
  'storage-unprotected': {
    message: () => i18n.t('errors.storageUnprotected.message'),
    action: () => i18n.t('errors.storageUnprotected.action'),
  },
} as const satisfies Record<string, Words>;

/** AlfaOne speaks English: its words stay as sent, and a reader of another language gets what they mean first. */
function actionFor(kind: ErrorKind, opts: ErrorDetails): string {
  if (opts.action !== undefined) return opts.action;
  const words: Words = WORDS[kind];
  const alfaOnesWords = opts.fromAlfaOne || (opts.message === undefined && 'alfaOne' in words);
  const action = words.action();
  if (!alfaOnesWords || !words.meaning || uiLanguage() === 'en') return action;
  return `${words.meaning()} ${action}`.trim();
}

export type ErrorKind = keyof typeof WORDS;

function defaultMessage(kind: ErrorKind): string {
  const words: Words = WORDS[kind];
  return 'alfaOne' in words ? words.alfaOne : words.message();
}

/** Every kind, for the schemas that check stored errors (lib/api/error-info-schema.ts). */
export const ERROR_KINDS = Object.keys(WORDS) as [ErrorKind, ...ErrorKind[]];

/** What crosses the messaging boundary and is stored: plain data, no class identity. */
export interface ErrorInfo {
  kind: ErrorKind;
  message: string;
  action: string;
  status?: number;
  retryAfterMs?: number;
}

const KEY_KINDS: readonly ErrorKind[] = ['key-missing', 'key-invalid', 'key-expired', 'key-revoked'];

/** The one test for key trouble: the user must fix the key in the options before anything else works. */
export function isKeyError(kind: ErrorKind): boolean {
  return KEY_KINDS.includes(kind);
}

export interface ErrorDetails {
  message?: string;
  action?: string;
  status?: number;
  retryAfterMs?: number;
  /** The message is AlfaOne's own `error` text (shown as sent; see `actionFor`). */
  fromAlfaOne?: boolean;
}

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly action: string;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(kind: ErrorKind, opts: ErrorDetails = {}) {
    super(opts.message ?? defaultMessage(kind));
    this.name = 'AppError';
    this.kind = kind;
    this.action = actionFor(kind, opts);
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
  }

  /** Rebuilds the error from its data, e.g. a stored problem. */
  static from(info: ErrorInfo): AppError {
    return new AppError(info.kind, info);
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { kind: this.kind, message: this.message, action: this.action };
    if (this.status !== undefined) info.status = this.status;
    if (this.retryAfterMs !== undefined) info.retryAfterMs = this.retryAfterMs;
    return info;
  }
}

/** The documented 401 bodies, exactly (docs/api.md §2.1). */
const AUTH_MESSAGES: Record<string, ErrorKind> = {
  [ALFAONE_WORDS.keyMissing]: 'key-missing',
  [ALFAONE_WORDS.keyInvalid]: 'key-invalid',
  [ALFAONE_WORDS.keyExpired]: 'key-expired',
  [ALFAONE_WORDS.keyRevoked]: 'key-revoked',
};

/** Parses `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP-date has a weekday and a month name; `Date.parse` alone would accept "-5" or "1.5".
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Maps an HTTP error status and the API's `error` string to an AppError. */
export function errorFromResponse(status: number, apiMessage: string | undefined, retryAfter: string | null): AppError {
  const message = apiMessage?.trim() || undefined;
  const fromAlfaOne = message !== undefined;
  if (status === 401) {
    const kind = (message && AUTH_MESSAGES[message]) || 'key-invalid';
    return new AppError(kind, { message, status, fromAlfaOne });
  }
  if (status === 400 || status === 422) return new AppError('bad-request', { message, status, fromAlfaOne });
  if (status === 404) return new AppError('not-found', { message, status, fromAlfaOne });
  if (status === 409) return new AppError('conflict', { message, status, fromAlfaOne });
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(retryAfter);
    return new AppError('rate-limited', { message, status, fromAlfaOne, retryAfterMs });
  }
  // Not documented by AlfaOne: a proxy or firewall in between. Not the key's fault, and not worth a retry.
  if (status === 403)
    return new AppError('bad-request', { message: message ?? i18n.t('errors.http403'), status, fromAlfaOne });
  if (status >= 500) return new AppError('server', { message, status, fromAlfaOne });
  return new AppError('invalid-response', { message: i18n.t('errors.unexpectedStatus', { status }), status });
}
