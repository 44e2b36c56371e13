import { Hono } from 'hono';
import { z } from 'zod';
import type { SandboxEnv } from '../env';
import { pushFaults } from '../faults';
import { isPlainObject, jsonError, readJsonBody } from '../http';
import { setInviteStatus } from '../invite-status';
import { SANDBOX_KEYS } from '../keys';
import { SEED_SCALES } from '../seed';
import type { SandboxState } from '../state';
import { INVITE_STATUSES } from '../types';
import { describeIssue, parseWith } from '../validation';
import { toInviteDetail } from '../views';

const modeBody = z.object({
  legacy: z.boolean('must be a boolean').optional(),
  rateLimitPerMinute: z
    .number('must be an integer ≥ 1')
    .int('must be an integer ≥ 1')
    .min(1, 'must be an integer ≥ 1')
    .optional(),
  retryAfterOn429: z.boolean('must be a boolean').optional(),
  keepAlive: z.boolean('must be a boolean').optional(),
  conflictOnDuplicatePending: z.boolean('must be a boolean').optional(),
});

const resetBody = z.object({ scale: z.enum(SEED_SCALES, `must be one of: ${SEED_SCALES.join(', ')}`).optional() });

const assessmentsBody = z.object({
  names: z.array(z.string().trim().min(1, 'must not be empty').max(200), 'must be an array of names').min(1).max(500),
});

const statusBody = z.object({
  status: z.enum(INVITE_STATUSES, `must be one of: ${INVITE_STATUSES.join(', ')}`),
});

/**
 * Test-only control API under /__sandbox (no auth: the server binds to loopback).
 * Mutations answer 200 with JSON so a browser-side `fetch().json()` never trips on a 204.
 */
export function controlRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.get('/requests', (c) => c.json({ requests: state.requests }));
  app.delete('/requests', (c) => {
    state.requests = [];
    return c.json({ ok: true });
  });

  // An optional body `{ "scale": "large" }` seeds 2,000 assessments and 50,000 invites until the next reset.
  app.post('/reset', async (c) => {
    // No body (a bare reset, whatever its content-type) is the default scale: tests reset with a JSON header and no body.
    const text = await c.req.raw.clone().text();
    const raw = text.trim() !== '' ? await readJsonBody(c) : { ok: true as const, value: {} };
    if (!raw.ok) return jsonError(c, 400, raw.message);
    const body = resetBody.safeParse(raw.value);
    if (!body.success) return jsonError(c, 400, describeIssue(body.error, 'field'));
    state.reset(body.data.scale);
    return c.json({ ok: true });
  });

  app.get('/faults', (c) => c.json({ faults: state.faults }));
  app.post('/faults', async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return jsonError(c, 400, body.message);
    if (!isPlainObject(body.value) && !Array.isArray(body.value)) {
      return jsonError(c, 400, 'Request body must be a fault object or an array of them');
    }
    try {
      pushFaults(state.faults, body.value as Parameters<typeof pushFaults>[1]);
    } catch (error) {
      if (error instanceof z.ZodError) return jsonError(c, 400, describeIssue(error, 'field'));
      throw error;
    }
    return c.json({ faults: state.faults }, 201);
  });
  app.delete('/faults', (c) => {
    state.faults = [];
    return c.json({ ok: true });
  });

  // Named assessments for the current org, made now, in the order given (the last one is the newest): an
  // organization whose names repeat with suffixes ("… #2", "… #25"), as search tests need.
  app.post('/assessments', async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return jsonError(c, 400, body.message);
    const parsed = parseWith(assessmentsBody, body.value);
    if (!parsed.success) return jsonError(c, 400, describeIssue(parsed.error, 'field'));
    // Newer than every assessment there, whatever the test's clock says: the list's order is by creation.
    const newest = Math.max(state.now(), ...state.assessments.map((a) => Date.parse(a.createdAt) + 1));
    const made = parsed.data.names.map((name, n) => state.addAssessment(name, newest + n * 1_000));
    return c.json({ assessments: made.map((a) => ({ id: a.id, name: a.name })) });
  });

  app.get('/invites', (c) => c.json({ invites: state.invites.map(toInviteDetail) }));
  app.post('/invites/:id/status', async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return jsonError(c, 400, body.message);
    const parsed = parseWith(statusBody, body.value);
    if (!parsed.success) return jsonError(c, 400, describeIssue(parsed.error, 'field'));
    const invite = state.invites.find((i) => i.id === c.req.param('id').toLowerCase());
    if (!invite) return jsonError(c, 404, 'Invite not found');
    setInviteStatus(invite, parsed.data.status, state.now());
    return c.json({ invite: toInviteDetail(invite) });
  });

  app.get('/mode', (c) => c.json({ mode: state.mode }));
  app.post('/mode', async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return jsonError(c, 400, body.message);
    const parsed = parseWith(modeBody, body.value);
    if (!parsed.success) return jsonError(c, 400, describeIssue(parsed.error, 'field'));
    // Absent keys stay absent in zod's output, so only the sent switches change.
    Object.assign(state.mode, parsed.data);
    return c.json({ mode: state.mode });
  });

  app.get('/keys', (c) => c.json({ keys: SANDBOX_KEYS }));

  return app;
}
