import type { RequestLogEntry } from '../sandbox/request-log';

// Talks to the sandbox's control API (/__sandbox/*) the way any test would, over HTTP.

export type LoggedRequest = RequestLogEntry;

export function sandboxControl(url: string) {
  async function call(method: string, path: string, body?: unknown) {
    const response = await fetch(`${url}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sandbox ${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  }
  return {
    reset: () => call('POST', '/reset'),
    requests: async (): Promise<LoggedRequest[]> => {
      const body = await call('GET', '/requests');
      return Array.isArray(body) ? body : body.requests;
    },
    clearRequests: () => call('DELETE', '/requests'),
    addFault: (fault: Record<string, unknown>) => call('POST', '/faults', fault),
    clearFaults: () => call('DELETE', '/faults'),
    invites: async (): Promise<Record<string, unknown>[]> => {
      const body = await call('GET', '/invites');
      return Array.isArray(body) ? body : body.invites;
    },
    setInviteStatus: (id: string, status: string) => call('POST', `/invites/${id}/status`, { status }),
    /** Named assessments made now, the last given the newest (sandbox/README.md, control API). */
    addAssessments: async (names: string[]): Promise<{ id: string; name: string }[]> =>
      (await call('POST', '/assessments', { names })).assessments,
    setMode: (mode: Record<string, unknown>) => call('POST', '/mode', mode),
  };
}

export type SandboxControl = ReturnType<typeof sandboxControl>;

/** The invite index's own reading of the organization's invites (whole-list pages, no assessment filter): a
 *  background activity that starts whenever a key is saved, not part of the request a test is counting. */
export const isIndexSync = (r: LoggedRequest) =>
  r.method === 'GET' && r.path.endsWith('/invites') && r.query.limit === '100' && !r.query.assessmentId;
