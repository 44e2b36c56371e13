import type { CreateInviteInput } from '@/lib/api/schemas';
import type { SendInviteRequest } from '@/lib/messaging/views';
import { API_INVITE_DEFAULTS } from '@/lib/settings/settings';

/** The POST /invites body: only the options that differ from the API's own defaults are sent. */
export function buildCreateBody(request: SendInviteRequest): CreateInviteInput {
  const body: CreateInviteInput = { assessmentId: request.assessmentId, recipientEmail: request.email.trim() };
  const name = request.name?.trim();
  if (name) body.recipientName = name;
  const { options } = request;
  if (options.questionReplayLimit !== API_INVITE_DEFAULTS.questionReplayLimit)
    body.questionReplayLimit = options.questionReplayLimit;
  if (options.answerRecordLimit !== API_INVITE_DEFAULTS.answerRecordLimit)
    body.answerRecordLimit = options.answerRecordLimit;
  if (options.expiresInDays !== API_INVITE_DEFAULTS.expiresInDays) body.expiresInDays = options.expiresInDays;
  const flags = options.proctoringSettings;
  const defaults = API_INVITE_DEFAULTS.proctoringSettings;
  if (
    flags.screenRecording !== defaults.screenRecording ||
    flags.webcamMonitoring !== defaults.webcamMonitoring ||
    flags.requireIdCapture !== defaults.requireIdCapture
  ) {
    body.proctoringSettings = { ...flags };
  }
  return body;
}
