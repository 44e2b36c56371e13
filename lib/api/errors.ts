// The one error type of the extension: every way a call to AlfaOne can fail (docs/api.md) and the few failures of
// the extension's own making, each with words for the user, in one table. Handlers throw it; `handle()` turns it
// into a `Result` value, since class identity does not survive messaging.

const KEY_ACTION = 'Generate a new key on the Integrations page (Settings → Integrations) and save it in the options.';

const WORDS = {
  'key-missing': { message: 'API key is required', action: 'Add your AlfaOne API key in the extension options.' },
  'key-invalid': {
    message: 'Invalid API key',
    action: 'Check the key, or generate a new one on the Integrations page.',
  },
  'key-expired': { message: 'API key has expired', action: KEY_ACTION },
  'key-revoked': { message: 'API key has been revoked', action: KEY_ACTION },
  'bad-request': { message: 'AlfaOne refused the request', action: 'Correct the highlighted values and try again.' },
  'not-found': { message: 'Not found', action: 'It may have been deleted: refresh the list and try again.' },
  conflict: { message: 'This already exists', action: 'Check the existing invite before sending another.' },
  'rate-limited': {
    message: 'Rate limit exceeded. Please try again later.',
    action: 'Wait a moment: requests resume automatically.',
  },
  server: { message: 'AlfaOne had a server error', action: 'Try again in a minute.' },
  network: {
    message: 'Could not reach AlfaOne',
    action: 'Check your connection; the extension retries when it is back.',
  },
  timeout: { message: 'AlfaOne did not answer in time', action: 'Try again in a minute.' },
  'invalid-response': {
    message: 'AlfaOne sent a response the extension does not understand',
    action: 'Try again; if it persists, check the API base URL in the options.',
  },
  // The extension's own.
  forbidden: { message: 'This message is not accepted from here.', action: '' },
  'invalid-input': { message: 'Invalid input', action: 'Correct the value and try again.' },
  'permission-missing': {
    message: 'The extension is not allowed to reach the AlfaOne API at this address',
    action: 'Grant access (the button below, or the options page), or choose another API base URL.',
  },
  // Fail closed where Chrome's storage lock could not be set (docs/security.md SEC-3).
  'storage-unprotected': {
    message: 'This browser cannot keep the extension’s storage out of web pages’ reach',
    action: 'Update the browser (Chrome 114 or later); until then the extension sends nothing.',
  },
} as const satisfies Record<string, { message: string; action: string }>;

export type ErrorKind = keyof typeof WORDS;

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
}

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly action: string;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(kind: ErrorKind, opts: ErrorDetails = {}) {
    super(opts.message ?? WORDS[kind].message);
    this.name = 'AppError';
    this.kind = kind;
    this.action = opts.action ?? WORDS[kind].action;
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
  'API key is required': 'key-missing',
  'Invalid API key': 'key-invalid',
  'API key has expired': 'key-expired',
  'API key has been revoked': 'key-revoked',
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
  if (status === 401) {
    const kind = (message && AUTH_MESSAGES[message]) || 'key-invalid';
    return new AppError(kind, { message, status });
  }
  if (status === 400 || status === 422) return new AppError('bad-request', { message, status });
  if (status === 404) return new AppError('not-found', { message, status });
  if (status === 409) return new AppError('conflict', { message, status });
  if (status === 429) {
    return new AppError('rate-limited', { message, status, retryAfterMs: parseRetryAfter(retryAfter) });
  }
  // Not documented by AlfaOne: a proxy or firewall in between. Not the key's fault, and not worth a retry.
  if (status === 403)
    return new AppError('bad-request', { message: message ?? 'The request was refused (HTTP 403)', status });
  if (status >= 500) return new AppError('server', { message, status });
  return new AppError('invalid-response', { message: `Unexpected HTTP status ${status}`, status });
}
