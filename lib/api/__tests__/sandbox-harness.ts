import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { Fault } from '../../../sandbox/faults';
import { SANDBOX_KEYS } from '../../../sandbox/keys';
import type { SandboxKeyName } from '../../../sandbox/keys';
import type { RequestLogEntry } from '../../../sandbox/request-log';
import { startSandbox } from '../../../sandbox/server';
import type { RunningSandbox, StartSandboxOptions } from '../../../sandbox/server';
import type { SandboxMode } from '../../../sandbox/state';
import type { InviteDetail } from '../../../sandbox/types';
import { createApiClient } from '../client';
import type { ApiClient, ApiClientOptions } from '../client';
import { AppError } from '../errors';

// One real sandbox per test file, on a free loopback port, reset before every test.

export type KeyChoice = SandboxKeyName | (string & {}) | null;

function resolveKey(key: KeyChoice): string | null {
  if (key === null) return null;
  return Object.hasOwn(SANDBOX_KEYS, key) ? SANDBOX_KEYS[key as SandboxKeyName] : key;
}

export function useSandbox(options: Omit<StartSandboxOptions, 'port'> = {}) {
  let running: RunningSandbox | undefined;

  const sandbox = (): RunningSandbox => {
    if (!running) throw new Error('sandbox not started');
    return running;
  };

  async function control<T>(path: string, method: 'GET' | 'POST' = 'GET', body?: unknown): Promise<T> {
    const res = await fetch(`${sandbox().url}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(res.ok, `control ${method} ${path} answered ${res.status}`).toBe(true);
    return (await res.json()) as T;
  }

  beforeAll(async () => {
    running = await startSandbox({ ...options, port: 0 });
  });
  beforeEach(async () => {
    await control('/reset', 'POST');
  });
  afterAll(async () => {
    await running?.close();
  });

  return {
    sandbox,
    /** A real client pointed at the sandbox; `key` is a sandbox key name, a raw key or null. One try per
     *  request unless `extra.readRetry` says otherwise, so each error kind is seen as the sandbox sent it. */
    client(key: KeyChoice = 'live', extra: Partial<ApiClientOptions> = {}): ApiClient {
      return createApiClient({
        baseUrl: sandbox().baseUrl,
        apiKey: resolveKey(key),
        readRetry: { baseMs: 0, capMs: 0, attempts: 1 },
        ...extra,
      });
    },
    key: (key: KeyChoice) => resolveKey(key),
    faults: (fault: Fault | Fault[]) => control('/faults', 'POST', fault),
    mode: (mode: Partial<SandboxMode>) => control('/mode', 'POST', mode),
    requests: async () => (await control<{ requests: RequestLogEntry[] }>('/requests')).requests,
    invites: async () => (await control<{ invites: InviteDetail[] }>('/invites')).invites,
  };
}

/** The AppError a call rejects with; fails the test if it resolves or throws anything else. */
export async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to reject with an AppError, but it resolved');
}
