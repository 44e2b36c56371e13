// One error type for every way a call to AlfaOne can fail, each with words for the user (alfaone-api.md §2.1, §3.1).

export type ApiErrorKind =
  | 'key-missing'
  | 'key-invalid'
  | 'key-expired'
  | 'key-revoked'
  | 'bad-request'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid-response';

/** What crosses the messaging boundary: plain data, no class identity. */
export interface ApiErrorInfo {
  kind: ApiErrorKind;
  message: string;
  action: string;
  status?: number;
  retryAfterMs?: number;
}

const WORDS: Record<ApiErrorKind, { message: string; action: string }> = {
  'key-missing': { message: 'API key is required', action: 'Add your AlfaOne API key in the extension options.' },
  'key-invalid': { message: 'Invalid API key', action: 'Check the key, or generate a new one on the Integrations page.' },
  'key-expired': {
    message: 'API key has expired',
    action: 'Generate a new key on the Integrations page (Settings → Integrations) and save it in the options.',
  },
  'key-revoked': {
    message: 'API key has been revoked',
    action: 'Generate a new key on the Integrations page (Settings → Integrations) and save it in the options.',
  },
  'bad-request': { message: 'AlfaOne refused the request', action: 'Correct the highlighted values and try again.' },
  'not-found': { message: 'Not found', action: 'It may have been deleted: refresh the list and try again.' },
  conflict: { message: 'This already exists', action: 'Check the existing invite before sending another.' },
  'rate-limited': {
    message: 'Rate limit exceeded. Please try again later.',
    action: 'Wait a moment: requests resume automatically.',
  },
  server: { message: 'AlfaOne had a server error', action: 'Try again in a minute.' },
  network: { message: 'Could not reach AlfaOne', action: 'Check your connection; the extension retries when it is back.' },
  timeout: { message: 'AlfaOne did not answer in time', action: 'Try again in a minute.' },
  'invalid-response': {
    message: 'AlfaOne sent a response the extension does not understand',
    action: 'Try again; if it persists, check the API base URL in the options.',
  },
};

/** The documented 401 bodies, exactly (alfaone-api.md §2.1). */
const AUTH_MESSAGES: Record<string, ApiErrorKind> = {
  'API key is required': 'key-missing',
  'Invalid API key': 'key-invalid',
  'API key has expired': 'key-expired',
  'API key has been revoked': 'key-revoked',
};

export const KEY_ERROR_KINDS: readonly ApiErrorKind[] = ['key-missing', 'key-invalid', 'key-expired', 'key-revoked'];

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly action: string;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(kind: ApiErrorKind, opts: { message?: string; status?: number; retryAfterMs?: number } = {}) {
    super(opts.message ?? WORDS[kind].message);
    this.name = 'ApiError';
    this.kind = kind;
    this.action = WORDS[kind].action;
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
  }

  toInfo(): ApiErrorInfo {
    const info: ApiErrorInfo = { kind: this.kind, message: this.message, action: this.action };
    if (this.status !== undefined) info.status = this.status;
    if (this.retryAfterMs !== undefined) info.retryAfterMs = this.retryAfterMs;
    return info;
  }
}

export function isKeyError(kind: ApiErrorKind): boolean {
  return KEY_ERROR_KINDS.includes(kind);
}

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

/** Maps an HTTP error status and the API's `error` string to an ApiError. */
export function errorFromResponse(status: number, apiMessage: string | undefined, retryAfter: string | null): ApiError {
  const message = apiMessage?.trim() || undefined;
  if (status === 401) {
    const kind = (message && AUTH_MESSAGES[message]) || 'key-invalid';
    return new ApiError(kind, { message, status });
  }
  if (status === 400 || status === 422) return new ApiError('bad-request', { message, status });
  if (status === 404) return new ApiError('not-found', { message, status });
  if (status === 409) return new ApiError('conflict', { message, status });
  if (status === 429) {
    return new ApiError('rate-limited', { message, status, retryAfterMs: parseRetryAfter(retryAfter) });
  }
  // Not documented by AlfaOne: a proxy or firewall in between. Not the key's fault, and not worth a retry.
  if (status === 403) return new ApiError('bad-request', { message: message ?? 'The request was refused (HTTP 403)', status });
  if (status >= 500) return new ApiError('server', { message, status });
  return new ApiError('invalid-response', { message: `Unexpected HTTP status ${status}`, status });
}
