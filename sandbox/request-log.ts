import type { FaultKind, FaultWhen } from './faults';

/** One /api/v1 request as the sandbox saw it, so tests can assert what the client actually sent. */
export interface RequestLogEntry {
  method: string;
  /** Full request path, e.g. `/api/v1/invites` (no query string). */
  path: string;
  query: Record<string, string>;
  /** The raw `x-api-key` header, or null when absent. */
  apiKey: string | null;
  /** The parsed JSON body, or null when there was none or it wasn't JSON. */
  body: unknown;
  /** The status sent; 0 when the socket was dropped (or the request is still in flight). */
  status: number;
  /** Arrival time from the sandbox clock, in ms since the epoch. */
  at: number;
  /** Faults applied to this request, in order. */
  faults: Array<{ kind: FaultKind; when: FaultWhen }>;
}

/** The body as logged: JSON when it parses, otherwise null. */
export function parseLoggedBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
