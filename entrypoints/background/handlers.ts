import type { Browser } from 'wxt/browser';
import { ApiError } from '@/lib/api/errors';
import { listInvites } from '@/lib/api/endpoints';
import { onMessage, type MessageType, type ProtocolMap } from '@/lib/messaging/protocol';
import { fail, ok, type Result, type ResultError } from '@/lib/messaging/result';
import { messageSchemas } from '@/lib/messaging/schemas';
import { settingsSchema } from '@/lib/settings/settings-schema';
import { keyStatus, settings } from '@/lib/storage/items';
import { LocalError, withApi } from './api-access';
import { getAssessments } from './assessments-service';
import { getTabCandidates, saveTabCandidates } from './candidates-service';
import { findLiveInvites } from './invite-index/duplicates';
import { cancelQueued, sendInvite } from './invites/send-invite';
import { reviewOutboxKeys, sendUnderCurrentKey } from './outbox';
import { recheckKey, removeKey, saveKey } from './key-service';
import { takeDraft } from './open-form';
import { candidateInvites, clearLocalInvites, getIndexStatus, searchLocalInvites } from './invite-index/lookup-service';
import { updatePageItem } from './context-menus/register';
import { classifySender, type SenderKind } from './trust';
import { findLiveInvitesFor } from './bulk/check';
import { controlBulkRun, startBulkRun } from './bulk/control';
import { openBulkPage, takeBulkDraft } from './bulk/draft';

type Data<T extends MessageType> = Parameters<ProtocolMap[T]>[0];
type Payload<T extends MessageType> = ReturnType<ProtocolMap[T]> extends Result<infer D> ? D : never;
type Handler<T extends MessageType> = (data: Data<T>, sender: Browser.runtime.MessageSender) => Promise<Payload<T> | ResultError>;

const FORBIDDEN: ResultError = { kind: 'forbidden', message: 'This message is not accepted from here.', action: '' };

/**
 * Registers one message: the sender must be of the allowed kind (security.md MSG-1, MSG-3, MSG-5) and the
 * payload must fit its schema (MSG-4) before the handler runs; AlfaOne's failures come back as values.
 */
function handle<T extends MessageType>(type: T, allowed: SenderKind, handler: Handler<T>): void {
  // The protocol's types are checked at the call sites; here everything is re-checked at run time.
  onMessage(type, (async (message: { data: unknown; sender: Browser.runtime.MessageSender }) => {
    if (classifySender(message.sender) !== allowed) return fail(FORBIDDEN);
    const parsed = messageSchemas[type].safeParse(message.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail({ kind: 'invalid-input', message: issue?.message ?? 'Invalid message', action: 'Correct the value and try again.' });
    }
    try {
      const data = await handler(parsed.data as Data<T>, message.sender);
      return isResultError(data) ? fail(data) : ok(data);
    } catch (error) {
      if (error instanceof ApiError) return fail(error.toInfo());
      if (error instanceof LocalError) return fail(error.info);
      throw error;
    }
  }) as never);
}

function isResultError(value: unknown): value is ResultError {
  return typeof value === 'object' && value !== null && 'kind' in value && 'action' in value && 'message' in value;
}

export function registerHandlers(): void {
  // key
  handle('getKeyStatus', 'extension-page', () => keyStatus.getValue());
  handle('saveApiKey', 'extension-page', ({ apiKey }) => saveKey(apiKey));
  handle('removeApiKey', 'extension-page', () => removeKey());
  handle('recheckApiKey', 'extension-page', () => recheckKey());

  // settings
  handle('getSettings', 'extension-page', () => settings.getValue());
  handle('saveSettings', 'extension-page', async (data) => {
    const valid = settingsSchema.parse(data);
    await settings.setValue(valid);
    void reviewOutboxKeys();
    return valid;
  });

  // assessments
  handle('listAssessments', 'extension-page', ({ refresh }) => getAssessments(refresh));

  // invites
  handle('listRecentInvites', 'extension-page', ({ status }) =>
    withApi(async (client) => (await listInvites(client, { status, sort: 'sent_at', order: 'desc', limit: 25 })).invites),
  );
  handle('findExistingInvites', 'extension-page', ({ assessmentId, email }) =>
    withApi((client) => findLiveInvites(client, assessmentId, email)),
  );
  handle('sendInvite', 'extension-page', (request) => sendInvite(request));
  handle('cancelQueuedInvite', 'extension-page', ({ id }) => cancelQueued(id));
  handle('sendHeldInvite', 'extension-page', ({ id }) => sendUnderCurrentKey(id));

  // the local invite index
  handle('lookupCandidateInvites', 'extension-page', ({ email }) => candidateInvites(email));
  handle('searchLocalInvites', 'extension-page', ({ query, limit }) => searchLocalInvites(query, limit));
  handle('getInviteIndexStatus', 'extension-page', () => getIndexStatus());
  handle('clearLocalInviteData', 'extension-page', () => clearLocalInvites());

  // the invite form
  handle('takeFormDraft', 'extension-page', () => takeDraft());

  // bulk invites
  handle('checkBulkInvites', 'extension-page', ({ assessmentId, emails }) => withApi((client) => findLiveInvitesFor(client, assessmentId, emails)));
  handle('startBulkRun', 'extension-page', (request) => startBulkRun(request));
  handle('controlBulkRun', 'extension-page', ({ id, action }) => controlBulkRun(id, action));
  handle('openBulkPage', 'extension-page', ({ candidates }) => openBulkPage(candidates));
  handle('takeBulkDraft', 'extension-page', () => takeBulkDraft());

  // detection
  handle('reportCandidates', 'content-script', async ({ candidates }, sender) => {
    const saved = await saveTabCandidates(sender, candidates);
    if (sender.tab?.active && sender.tab.id !== undefined) await updatePageItem(sender.tab.id);
    return saved;
  });
  handle('getTabCandidates', 'extension-page', ({ tabId }) => getTabCandidates(tabId));
}
