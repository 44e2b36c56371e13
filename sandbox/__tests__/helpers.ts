import { SANDBOX_KEYS } from '../keys';
import type { RequestLogEntry } from '../request-log';
import { startSandbox } from '../server';
import type { RunningSandbox, StartSandboxOptions } from '../server';
import type { Pagination } from '../pagination';
import type { Assessment, AssessmentDetail, InviteDetail, InviteSummary } from '../types';

export interface ErrorBody {
  error: string;
}
export interface AssessmentPage {
  assessments: Assessment[];
  pagination?: Pagination;
}
export interface InvitePage {
  invites: InviteSummary[];
  pagination?: Pagination;
}
export interface CreatedInvite {
  invite: InviteSummary;
}
export type { AssessmentDetail, InviteDetail };

export const DAY_MS = 86_400_000;
export const CLOCK_START_MS = Date.parse('2026-02-01T10:00:00.000Z');

/** A hand-driven clock for rate windows and sentAt. */
export function createClock(startMs = CLOCK_START_MS) {
  let current = startMs;
  return {
    now: () => current,
    advance(ms: number) {
      current += ms;
    },
    set(ms: number) {
      current = ms;
    },
  };
}

export type Clock = ReturnType<typeof createClock>;

export interface ApiResult<T = ErrorBody> {
  status: number;
  headers: Headers;
  body: T;
}

export interface ApiRequest {
  method?: string;
  /** A key name, a raw key string, or null to send no header. Defaults to the live key. */
  key?: keyof typeof SANDBOX_KEYS | (string & {}) | null;
  /** An object is JSON-encoded; a string is sent verbatim. */
  body?: unknown;
}

function resolveKey(key: ApiRequest['key']): string | null {
  if (key === null) return null;
  if (key === undefined) return SANDBOX_KEYS.live;
  return key in SANDBOX_KEYS ? SANDBOX_KEYS[key as keyof typeof SANDBOX_KEYS] : key;
}

/** Calls the sandbox API with real fetch and parses the JSON body. */
export async function api<T = ErrorBody>(
  sandbox: RunningSandbox,
  path: string,
  request: ApiRequest = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {};
  const key = resolveKey(request.key);
  if (key !== null) headers['x-api-key'] = key;
  let body: string | undefined;
  if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  }
  const res = await fetch(`${sandbox.baseUrl}${path}`, { method: request.method ?? 'GET', headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as T) : (undefined as T) };
}

/** Calls the control API (no key). */
export async function control<T = ErrorBody>(
  sandbox: RunningSandbox,
  path: string,
  method = 'GET',
  body?: unknown,
): Promise<ApiResult<T>> {
  const res = await fetch(`${sandbox.url}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as T };
}

export async function allInvites(sandbox: RunningSandbox): Promise<InviteDetail[]> {
  return (await control<{ invites: InviteDetail[] }>(sandbox, '/invites')).body.invites;
}

export async function requestLog(sandbox: RunningSandbox): Promise<RequestLogEntry[]> {
  return (await control<{ requests: RequestLogEntry[] }>(sandbox, '/requests')).body.requests;
}

/** The id of the newest assessment of the live org (page 1, default sort). */
export function newestAssessmentId(sandbox: RunningSandbox): string {
  const first = sandbox.state.assessments[0];
  if (!first) throw new Error('seed has no assessments');
  return first.id;
}

/** Starts a sandbox with a manual clock; returns a getter because beforeAll assigns it later. */
export function useSandbox(options: StartSandboxOptions = {}) {
  const clock = createClock();
  let sandbox: RunningSandbox | undefined;
  return {
    clock,
    async start() {
      sandbox = await startSandbox({ now: clock.now, ...options });
      return sandbox;
    },
    get sandbox(): RunningSandbox {
      if (!sandbox) throw new Error('sandbox not started');
      return sandbox;
    },
    async stop() {
      await sandbox?.close();
    },
  };
}
