import type { Context } from 'hono';
import type { SandboxEnv } from '../env';
import { isPlainObject, jsonError, readJsonBody } from '../http';
import type { SandboxState } from '../state';
import type { StoredInvite } from '../types';
import { createInviteBody, describeIssue, parseWith } from '../validation';
import { toInviteSummary } from '../views';

const DAY_MS = 86_400_000;

export const DUPLICATE_PENDING_MESSAGE = 'An invite for this email is already pending for this assessment';

/**
 * POST /invites (docs/api.md §5.4). The 404 and 409 are not documented per endpoint; the
 * sandbox picks the plausible ones so clients can exercise REL-4 and REL-5a. The 409 for a second pending invite
 * is an inference, so it answers only with `conflictOnDuplicatePending` on.
 */
export async function createInvite(c: Context<SandboxEnv>, state: SandboxState): Promise<Response> {
  const body = await readJsonBody(c);
  if (!body.ok) return jsonError(c, 400, body.message);
  if (!isPlainObject(body.value)) return jsonError(c, 400, 'Request body must be a JSON object');
  const parsed = parseWith(createInviteBody, body.value);
  if (!parsed.success) return jsonError(c, 400, describeIssue(parsed.error, 'field'));
  const input = parsed.data;

  const orgId = c.get('key').orgId;
  const assessmentId = input.assessmentId.toLowerCase();
  const assessment = state.assessments.find((a) => a.id === assessmentId && a.orgId === orgId);
  if (!assessment) return jsonError(c, 404, 'Assessment not found');

  const email = input.recipientEmail.toLowerCase();
  const duplicate =
    state.mode.conflictOnDuplicatePending &&
    state.invites.some(
      (i) => i.assessmentId === assessmentId && i.status === 'pending' && i.recipientEmail.toLowerCase() === email,
    );
  if (duplicate) return jsonError(c, 409, DUPLICATE_PENDING_MESSAGE);

  const sentAt = state.now();
  const invite: StoredInvite = {
    id: state.newId(),
    orgId,
    assessmentId,
    assessmentName: assessment.name,
    recipientEmail: input.recipientEmail,
    recipientName: input.recipientName ?? null,
    status: 'pending',
    questionReplayLimit: input.questionReplayLimit,
    answerRecordLimit: input.answerRecordLimit,
    sentAt: new Date(sentAt).toISOString(),
    expiresAt: new Date(sentAt + input.expiresInDays * DAY_MS).toISOString(),
    acceptedAt: null,
    startedAt: null,
    completedAt: null,
    assignedGrader: null,
    proctoringSettings: {
      screenRecording: input.proctoringSettings?.screenRecording ?? true,
      webcamMonitoring: input.proctoringSettings?.webcamMonitoring ?? true,
      requireIdCapture: input.proctoringSettings?.requireIdCapture ?? true,
    },
    customMessage: null,
    revokedAt: null,
  };
  state.invites.push(invite);
  assessment.inviteCount += 1;
  return c.json({ invite: toInviteSummary(invite, state.mode.legacy) }, 201);
}
