import { browser, type Browser } from 'wxt/browser';
import { AppError } from '@/lib/api/errors';
import { listInvites } from '@/lib/api/endpoints';
import type { MessageType, ProtocolMap } from '@/lib/messaging/protocol';
import { fail, ok, type Result } from '@/lib/messaging/result';
import { messageSchemas, type MessageData } from '@/lib/messaging/schemas';
import { assessmentDefaults, keyStatus, notificationPrefs, settings } from '@/lib/storage/items';
import { withApi } from './api-access';
import { getAssessments } from './assessments-service';
import { getTabCandidates, saveTabCandidates } from './candidates-service';
import { cancelQueued, sendInvite } from './invites/send-invite';
import { reviewOutboxKeys, sendUnderCurrentKey } from './outbox';
import { recheckKey, removeKey, saveKey, switchKey } from './key-service';
import { takeDraft } from './open-form';
import { candidateInvites, clearLocalInvites, getIndexStatus, searchLocalInvites } from './invite-index/lookup-service';
import { inviteAgain, listFollowUp } from './invite-index/follow-up-service';
import { updatePageItem } from './context-menus/register';
import { listen, type Route } from './dispatch';
import { createReportGate, type ReportGate } from './report-gate';
import { classifySender, type SenderKind } from './trust';
import { findLiveInvitesFor } from './bulk/check';
import { controlBulkRun, startBulkRun } from './bulk/control';
import { openBulkPage, takeBulkDraft } from './bulk/draft';

type Payload<T extends MessageType> = ReturnType<ProtocolMap[T]> extends Result<infer D> ? D : never;
type Handler<T extends MessageType> = (
  data: MessageData<T>,
  sender: Browser.runtime.MessageSender,
) => Promise<Payload<T>>;

interface Rule {
  from: SenderKind;
  /** A cheap check before the payload is parsed; a message it refuses is dropped unanswered. */
  admit?: ReportGate['admit'];
}

/**
 * One message's route: the sender must be of the allowed kind (docs/security.md MSG-1, MSG-3, MSG-5) and the
 * payload must fit its schema (MSG-4) before the handler runs. Handlers return data or throw an AppError; here it
 * becomes a `Result`, the one way a failure crosses to the caller.
 */
function route<T extends MessageType>(type: T, rule: Rule, handler: Handler<T>): [T, Route] {
  const schema = messageSchemas[type];
  return [
    type,
    {
      // Only a sender of the allowed kind spends the gate's allowance; any other gets its refusal below.
      admit: rule.admit && ((sender) => classifySender(sender) !== rule.from || rule.admit!(sender)),
      answer: async (data, sender): Promise<Result<Payload<T>>> => {
        if (classifySender(sender) !== rule.from) return fail(new AppError('forbidden').toInfo());
        const parsed = schema.safeParse(data);
        if (!parsed.success)
          return fail(new AppError('invalid-input', { message: parsed.error.issues[0]?.message }).toInfo());
        try {
          return ok(await handler(parsed.data, sender));
        } catch (error) {
          if (error instanceof AppError) return fail(error.toInfo());
          throw error;
        }
      },
    },
  ];
}

const page: Rule = { from: 'extension-page' };

const routes = (reports: ReportGate) =>
  new Map<MessageType, Route>([
    // key
    route('getKeyStatus', page, () => keyStatus.getValue()),
    route('saveApiKey', page, ({ apiKey }) => saveKey(apiKey)),
    route('removeApiKey', page, (data) => removeKey(data?.mode)),
    route('switchApiKey', page, ({ mode }) => switchKey(mode)),
    route('recheckApiKey', page, () => recheckKey()),

    // settings
    route('getSettings', page, () => settings.getValue()),
    route('saveSettings', page, async (valid) => {
      await settings.setValue(valid);
      void reviewOutboxKeys();
      return valid;
    }),

    route('saveNotificationPrefs', page, async (valid) => {
      await notificationPrefs.setValue(valid);
      return valid;
    }),

    route('saveAssessmentDefaults', page, async ({ assessmentId, name, options }) => {
      const { [assessmentId]: _previous, ...others } = await assessmentDefaults.getValue();
      const next = options ? { ...others, [assessmentId]: { name, options } } : others;
      await assessmentDefaults.setValue(next);
      return next;
    }),

    // assessments
    route('listAssessments', page, ({ refresh }) => getAssessments(refresh)),

    // invites
    route('listRecentInvites', page, ({ status }) =>
      withApi(
        async (client) => (await listInvites(client, { status, sort: 'sent_at', order: 'desc', limit: 25 })).invites,
      ),
    ),
    route('sendInvite', page, (request) => sendInvite(request)),
    route('cancelQueuedInvite', page, ({ id }) => cancelQueued(id)),
    route('sendHeldInvite', page, ({ id }) => sendUnderCurrentKey(id)),

    // the local invite index
    route('lookupCandidateInvites', page, ({ email }) => candidateInvites(email)),
    route('searchLocalInvites', page, ({ query, limit }) => searchLocalInvites(query, limit)),
    route('listFollowUp', page, ({ query, opening }) => listFollowUp(query, opening)),
    route('inviteAgain', page, ({ inviteId, email }) => inviteAgain(inviteId, email)),
    route('getInviteIndexStatus', page, () => getIndexStatus()),
    route('clearLocalInviteData', page, () => clearLocalInvites()),

    // the invite form
    route('takeFormDraft', page, () => takeDraft()),

    // bulk invites
    route('checkBulkInvites', page, ({ assessmentId, emails }) =>
      withApi((client) => findLiveInvitesFor(client, assessmentId, emails)),
    ),
    route('startBulkRun', page, (request) => startBulkRun(request)),
    route('controlBulkRun', page, ({ id, action }) => controlBulkRun(id, action)),
    route('openBulkPage', page, ({ candidates }) => openBulkPage(candidates)),
    route('takeBulkDraft', page, () => takeBulkDraft()),

    // detection
    route('reportCandidates', { from: 'content-script', admit: reports.admit }, async ({ candidates }, sender) => {
      const saved = await saveTabCandidates(sender, candidates);
      if (sender.tab?.active && sender.tab.id !== undefined) await updatePageItem(sender.tab.id);
      return saved;
    }),
    route('getTabCandidates', page, ({ tabId }) => getTabCandidates(tabId)),
  ]);

/** Starts answering messages; returns the function that stops (tests). */
export function registerHandlers(): () => void {
  const reports = createReportGate();
  browser.tabs.onRemoved.addListener(reports.forget);
  const stop = listen(routes(reports));
  return () => {
    stop();
    browser.tabs.onRemoved.removeListener(reports.forget);
  };
}
