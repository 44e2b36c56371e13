import type { HttpBindings } from '@hono/node-server';
import type { KeyRecord } from './keys';
import type { RequestLogEntry } from './request-log';

/** Hono environment shared by every sandbox route and middleware. */
export interface SandboxEnv {
  Bindings: HttpBindings;
  Variables: {
    /** Set by the auth middleware on /api/v1. */
    key: KeyRecord;
    apiKey: string;
    logEntry: RequestLogEntry;
    /** True once a "drop" fault destroyed the socket: nothing may be written any more. */
    dropped: boolean;
  };
}
