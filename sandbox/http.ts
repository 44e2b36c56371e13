import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SandboxEnv } from './env';

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
