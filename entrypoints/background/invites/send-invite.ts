import { ApiError } from '@/lib/api/errors';
import { createInvite } from '@/lib/api/endpoints';
import type { ApiClient } from '@/lib/api/client';
import type { SendInviteOutcome, SendInviteRequest } from '@/lib/messaging/views';
import { withApi } from '../api-access';
import { markAssessmentUsed } from '../assessments-service';
import { buildCreateBody } from './create-body';
import { findLiveInvites, findOwnInvite } from './existing';

/** One send per (assessment, email) at a time, however many clicks, popups or tabs ask (security.md REL-6). */
const inFlight = new Map<string, Promise<SendInviteOutcome>>();

export function sendInvite(request: SendInviteRequest): Promise<SendInviteOutcome> {
  const key = `${request.assessmentId}|${request.email.trim().toLowerCase()}`;
  const running = inFlight.get(key);
  if (running) return running;
  const job = withApi((client) => send(client, request)).finally(() => inFlight.delete(key));
  inFlight.set(key, job);
  return job;
}

async function send(client: ApiClient, request: SendInviteRequest): Promise<SendInviteOutcome> {
  if (!request.confirmDuplicate) {
    const existing = await findLiveInvites(client, request.assessmentId, request.email);
    if (existing.length > 0) return { status: 'duplicate', existing };
  }
  const attemptStart = Date.now();
  try {
    const invite = await createInvite(client, buildCreateBody(request));
    await markAssessmentUsed(request.assessmentId);
    return { status: 'sent', invite };
  } catch (error) {
    if (!(error instanceof ApiError) || !isAmbiguous(error)) throw error;
    // The POST may have gone through (or the browser resent it, REL-5a): ask AlfaOne before saying anything.
    const own = await findOwnInvite(client, request.assessmentId, request.email, attemptStart);
    if (own) {
      await markAssessmentUsed(request.assessmentId);
      return { status: 'sent', invite: own };
    }
    if (error.kind === 'conflict') {
      return { status: 'duplicate', existing: await findLiveInvites(client, request.assessmentId, request.email) };
    }
    throw error;
  }
}

function isAmbiguous(error: ApiError): boolean {
  return ['timeout', 'network', 'server', 'conflict'].includes(error.kind);
}
