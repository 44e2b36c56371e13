import type { z } from 'zod';
import { nextDelay, READ_BACKOFF, type BackoffPolicy } from './backoff';
import { AppError, errorFromResponse, type ErrorKind } from './errors';
import { errorBodySchema } from './schemas';
import { noteServerDate, serverNow } from './server-clock';
import { i18n } from '#i18n';

/** Under Chrome's 30 s limit for a fetch answer in an extension service worker (docs/security.md REL-8). */
export const DEFAULT_TIMEOUT_MS = 20_000;

export type Query = Record<string, string | number | undefined>;

export interface ApiClientOptions {
  baseUrl: string;
  apiKey: string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Called before every request goes out (the rate budget hooks in here); what it returns is called once the
   *  answer came, or failed to. */
  beforeRequest?: () => Promise<void | (() => Promise<void>)>;
  /** Retries for GET (docs/security.md REL-1); POST is never retried here (REL-5: the outbox reconciles first). */
  readRetry?: BackoffPolicy;
  /** Longest wait slept between read retries; a longer one fails with its `retryAfterMs` (REL-8). */
  maxSleepMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Told of every 429, so a shared budget can hold every other request too. */
  onRateLimited?: (retryAfterMs: number | undefined) => Promise<void>;
}

/** Transient failures worth another try; 400, 401, 403, 404 and 409 never are (REL-4). */
const TRANSIENT: readonly ErrorKind[] = ['network', 'timeout', 'rate-limited', 'server'];
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

function isTransient(error: AppError): boolean {
  return (
    TRANSIENT.includes(error.kind) &&
    (error.kind !== 'server' || error.status === undefined || RETRYABLE_STATUS.has(error.status))
  );
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface RequestOptions {
  query?: Query;
  body?: unknown;
}

export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  function buildUrl(path: string, query: Query = {}): string {
    const url = new URL(options.baseUrl.replace(/\/+$/, '') + path);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url.href;
  }

  const readRetry = options.readRetry ?? READ_BACKOFF;
  const maxSleepMs = options.maxSleepMs ?? 25_000;
  const sleep = options.sleep ?? defaultSleep;

  async function request<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    init: RequestOptions = {},
  ): Promise<z.output<S>> {
    if (method !== 'GET') return once(method, path, schema, init);
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(method, path, schema, init);
      } catch (error) {
        if (!(error instanceof AppError) || !isTransient(error) || attempt + 1 >= readRetry.attempts) throw error;
        const delay = nextDelay(readRetry, attempt, error.retryAfterMs, options.random);
        if (delay > maxSleepMs) throw error;
        await sleep(delay);
      }
    }
  }

  async function once<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    { query, body }: RequestOptions,
  ): Promise<z.output<S>> {
    // The key is checked here, once, so no request ever leaves without it.
    if (!options.apiKey) throw new AppError('key-missing');
    const afterRequest = await options.beforeRequest?.();
    try {
      return await exchange(method, path, schema, { query, body }, options.apiKey);
    } finally {
      await afterRequest?.();
    }
  }

  async function exchange<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    { query, body }: RequestOptions,
    apiKey: string,
  ): Promise<z.output<S>> {
    const headers: Record<string, string> = { accept: 'application/json', 'x-api-key': apiKey };
    if (body !== undefined) headers['content-type'] = 'application/json';

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(buildUrl(path, query), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
        // SEC-4: a followed redirect would carry x-api-key to whatever origin Location names.
        // Not followed: the 3xx (an opaque redirect in browsers) becomes an invalid-response error.
        redirect: 'manual',
      });
      text = await response.text();
    } catch {
      throw new AppError(timedOut ? 'timeout' : 'network');
    } finally {
      clearTimeout(timer);
    }

    const date = Date.parse(response.headers.get('date') ?? '');
    if (!Number.isNaN(date)) noteServerDate(options.baseUrl, date);
    const json = parseJson(text);
    if (!response.ok) {
      const parsed = errorBodySchema.safeParse(json);
      // Should a server ever echo the key in its message, it goes no further than here.
      const apiMessage = parsed.success ? parsed.data.error.split(apiKey).join('[API key]') : undefined;
      const error = errorFromResponse(response.status, apiMessage, response.headers.get('retry-after'));
      if (error.kind === 'rate-limited') await options.onRateLimited?.(error.retryAfterMs);
      throw error;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : i18n.t('errors.unreadableBody');
      throw new AppError('invalid-response', {
        message: i18n.t('errors.invalidResponseWhere', { where }),
        status: response.status,
      });
    }
    return parsed.data;
  }

  /** AlfaOne's clock now, from its latest `Date` header: the outbox matches invites by it (docs/security.md REL-5). */
  return { request, baseUrl: options.baseUrl, serverDate: () => serverNow(options.baseUrl) };
}

export type ApiClient = ReturnType<typeof createApiClient>;

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
