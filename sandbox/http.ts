import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SandboxEnv } from './env';
import { idParam } from './validation';

/** Every error the sandbox sends is `{"error": string}` (docs/api.md §3). */
export function jsonError(c: Context<SandboxEnv>, status: ContentfulStatusCode, message: string): Response {
  return c.json({ error: message }, status);
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; message: string };

/** Reads the request body as JSON (whatever the Content-Type says, like a lenient API server). */
export async function readJsonBody(c: Context<SandboxEnv>): Promise<JsonBody> {
  const text = await c.req.text();
  if (text.trim() === '') return { ok: false, message: 'Request body is required (a JSON object)' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'Request body is not valid JSON' };
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `GET /<things>/:id`: the item of the caller's organization with that id, or the error AlfaOne gives (400 for an id
 * that is not a UUID, 404 for one not found).
 */
export function findOwned<T extends { id: string; orgId: string }>(
  c: Context<SandboxEnv>,
  items: readonly T[],
  noun: 'assessment' | 'invite',
): { found: T } | { error: Response } {
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) return { error: jsonError(c, 400, `Invalid ${noun} id: must be a UUID`) };
  const wanted = id.data.toLowerCase();
  const found = items.find((i) => i.id === wanted && i.orgId === c.get('key').orgId);
  if (!found) return { error: jsonError(c, 404, `${noun[0]!.toUpperCase()}${noun.slice(1)} not found`) };
  return { found };
}
