import { z } from 'zod';

/**
 * Fault injection: scripted failures that make the reliability rules (docs/security.md REL-1…REL-5a)
 * reproducible. A fault matches by method and by the path after /api/v1.
 */
export const faultSchema = z
  .object({
    method: z
      .string()
      .min(1)
      .transform((m) => m.toUpperCase())
      .optional(),
    /** Exact path or a segment prefix: "/invites" matches "/invites" and "/invites/<id>". */
    path: z.string().startsWith('/', 'must start with "/"').optional(),
    times: z.number().int().min(1).default(1),
    /** late-commit: the request is read, then handled (the invite created) `delayMs` after it came, whether or not
     *  the client is still waiting: a server that commits after the client gave up (docs/security.md REL-5). */
    kind: z.enum(['status', 'delay', 'drop', 'late-commit']),
    /** before: instead of handling; after: the request is handled (side effects happen), then the fault replaces the answer. */
    when: z.enum(['before', 'after']).default('before'),
    /** For kind "status". */
    status: z.number().int().min(200).max(599).default(500),
    /** JSON body for kind "status"; a string is sent verbatim, so a malformed body is possible. */
    body: z.unknown().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    delayMs: z.number().int().min(0).max(600_000).optional(),
  })
  .refine((f) => (f.kind !== 'delay' && f.kind !== 'late-commit') || f.delayMs !== undefined, {
    message: 'must be set for kinds "delay" and "late-commit"',
    path: ['delayMs'],
  });

/** A fault as callers write it (optional fields defaulted on push). */
export type Fault = z.input<typeof faultSchema>;
/** A fault in the queue; `times` counts down to removal. */
export type QueuedFault = z.output<typeof faultSchema>;
export type FaultKind = QueuedFault['kind'];
export type FaultWhen = QueuedFault['when'];

export interface FaultTarget {
  method: string;
  /** Path after /api/v1. */
  path: string;
}

export const DEFAULT_FAULT_BODY = { error: 'Internal server error' } as const;

/** Validates and appends faults; throws a ZodError on an invalid one (nothing is queued then). */
export function pushFaults(queue: QueuedFault[], input: Fault | Fault[]): QueuedFault[] {
  const list: unknown[] = Array.isArray(input) ? input : [input];
  const parsed = list.map((fault) => faultSchema.parse(fault, { reportInput: true }));
  queue.push(...parsed);
  return parsed;
}

function pathMatches(pattern: string, path: string): boolean {
  const prefix = pattern.length > 1 ? pattern.replace(/\/+$/, '') : pattern;
  return prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
}

export function faultMatches(fault: QueuedFault, target: FaultTarget, when: FaultWhen): boolean {
  return (
    fault.when === when &&
    (fault.method === undefined || fault.method === target.method.toUpperCase()) &&
    (fault.path === undefined || pathMatches(fault.path, target.path))
  );
}

/** Consumes one use of the first matching fault (queue order) and returns it. */
export function takeFault(queue: QueuedFault[], target: FaultTarget, when: FaultWhen): QueuedFault | undefined {
  const index = queue.findIndex((f) => faultMatches(f, target, when));
  const fault = queue[index];
  if (!fault) return undefined;
  fault.times -= 1;
  if (fault.times <= 0) queue.splice(index, 1);
  return { ...fault };
}

const NO_BODY_STATUSES = new Set([204, 205, 304]);

/** The replacement response for a "status" fault. */
export function faultResponse(fault: QueuedFault): Response {
  const headers = new Headers({ 'Content-Type': 'application/json', ...fault.headers });
  if (NO_BODY_STATUSES.has(fault.status)) return new Response(null, { status: fault.status, headers });
  const body = fault.body === undefined ? DEFAULT_FAULT_BODY : fault.body;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status: fault.status, headers });
}
