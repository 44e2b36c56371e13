import type { z } from 'zod';
import { ApiError, errorFromResponse } from './errors';
import { errorBodySchema } from './schemas';

/** Under Chrome's 30 s limit for a fetch answer in an extension service worker (security.md REL-8). */
export const DEFAULT_TIMEOUT_MS = 20_000;

export type Query = Record<string, string | number | undefined>;

export interface ApiClientOptions {
  baseUrl: string;
  apiKey: string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Called before every request goes out; the rate budget hooks in here. */
  beforeRequest?: () => Promise<void>;
}

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

  async function request<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    { query, body }: RequestOptions = {},
  ): Promise<z.output<S>> {
    // The key is checked here, once, so no request ever leaves without it.
    if (!options.apiKey) throw new ApiError('key-missing');
    await options.beforeRequest?.();
    const headers: Record<string, string> = { accept: 'application/json', 'x-api-key': options.apiKey };
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
      throw new ApiError(timedOut ? 'timeout' : 'network');
    } finally {
      clearTimeout(timer);
    }

    const json = parseJson(text);
    if (!response.ok) {
      const parsed = errorBodySchema.safeParse(json);
      // Should a server ever echo the key in its message, it goes no further than here.
      const apiMessage = parsed.success ? parsed.data.error.split(options.apiKey).join('[API key]') : undefined;
      throw errorFromResponse(response.status, apiMessage, response.headers.get('retry-after'));
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unreadable body';
      throw new ApiError('invalid-response', { message: `AlfaOne sent a response the extension does not understand (${where})`, status: response.status });
    }
    return parsed.data;
  }

  return { request, baseUrl: options.baseUrl };
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
