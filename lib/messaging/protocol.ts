import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Candidate } from '@/lib/candidates/candidate';
import type { Settings } from '@/lib/settings/settings';
import type { NotificationPrefs } from '@/lib/follow-up/notification-prefs';
import type { AssessmentDefaults, KeyStatus } from '@/lib/storage/items';
import type { OutboxEntry } from '@/lib/outbox/entry';
import type { CandidateInvites, FollowUpView, InviteIndexStatus, LocalInviteSearch } from '@/lib/invite-index/status';
import type { BulkRun } from '@/lib/bulk/run-schema';
import type { Result } from './result';
import type { MessageInput as In } from './schemas';
import type { AssessmentsView, FormDraft, Invite, SendInviteOutcome } from './views';

// The one protocol between the surfaces and the background. Types only: payloads are typed from their schemas
// with `import type`, so neither zod nor a service reaches the content script. The background checks sender and
// payload of every message.

export interface ProtocolMap {
  // key (extension pages only)
  getKeyStatus(): Result<KeyStatus>;
  saveApiKey(data: In<'saveApiKey'>): Result<KeyStatus>;
  /** The key in force, or the saved key of `mode`; the other key, if any, stays (and comes into force). */
  removeApiKey(data?: In<'removeApiKey'>): Result<KeyStatus>;
  /** The saved key of `mode` comes into force (docs/product.md, Keys). */
  switchApiKey(data: In<'switchApiKey'>): Result<KeyStatus>;
  /** Verifies the stored key again, e.g. after AlfaOne refused it once. */
  recheckApiKey(): Result<KeyStatus>;

  // settings (extension pages only)
  getSettings(): Result<Settings>;
  saveSettings(data: In<'saveSettings'>): Result<Settings>;
  /** Which status changes raise a notification (docs/product.md, Follow up). */
  saveNotificationPrefs(data: In<'saveNotificationPrefs'>): Result<NotificationPrefs>;
  /** "Remember for {assessment}", or its removal in options (docs/product.md, Per-assessment defaults). */
  saveAssessmentDefaults(data: In<'saveAssessmentDefaults'>): Result<AssessmentDefaults>;

  // assessments (extension pages only)
  listAssessments(data: In<'listAssessments'>): Result<AssessmentsView>;

  // invites (extension pages only)
  listRecentInvites(data: In<'listRecentInvites'>): Result<Invite[]>;
  sendInvite(data: In<'sendInvite'>): Result<SendInviteOutcome>;
  cancelQueuedInvite(data: In<'cancelQueuedInvite'>): Result<OutboxEntry>;
  /** An invite held after a key change goes out under the key saved now (docs/security.md REL-10). */
  sendHeldInvite(data: In<'sendHeldInvite'>): Result<OutboxEntry>;

  // the local invite index (extension pages only): answers without a request to AlfaOne
  lookupCandidateInvites(data: In<'lookupCandidateInvites'>): Result<CandidateInvites>;
  searchLocalInvites(data: In<'searchLocalInvites'>): Result<LocalInviteSearch>;
  /** The Follow up view's groups, from the index alone (docs/product.md, Follow up: no request). */
  listFollowUp(data: In<'listFollowUp'>): Result<FollowUpView>;
  /** "Invite again": a new invite to the same person for the same assessment, through the outbox. */
  inviteAgain(data: In<'inviteAgain'>): Result<SendInviteOutcome>;
  getInviteIndexStatus(): Result<InviteIndexStatus>;
  clearLocalInviteData(): Result<InviteIndexStatus>;

  // the invite form opened by the context menu or a notification (extension pages only)
  takeFormDraft(): Result<FormDraft | null>;

  // bulk invites (extension pages only)
  /** The live invites of an assessment to any of these addresses, for the bulk page's review. */
  checkBulkInvites(data: In<'checkBulkInvites'>): Result<{ email: string; invites: Invite[] }[]>;
  startBulkRun(data: In<'startBulkRun'>): Result<BulkRun>;
  controlBulkRun(data: In<'controlBulkRun'>): Result<BulkRun | null>;
  /** Opens the bulk page in a tab, prefilled with these candidates (the page takes them once). */
  openBulkPage(data: In<'openBulkPage'>): Result<{ opened: true }>;
  takeBulkDraft(): Result<Candidate[]>;

  // detection (content scripts report; extension pages read)
  reportCandidates(data: In<'reportCandidates'>): Result<{ count: number }>;
  getTabCandidates(data: In<'getTabCandidates'>): Result<Candidate[]>;
}

export type MessageType = keyof ProtocolMap;

/**
 * The one messenger of every context: `sendMessage` on the surfaces and the content script, `onMessage` in the
 * background (entrypoints/background/dispatch.ts, which guards it against forged types: docs/security.md MSG-8).
 */
export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage } = messaging;
