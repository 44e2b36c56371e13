import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Candidate } from '@/lib/candidates/candidate';
import type { Settings } from '@/lib/settings/settings';
import type { KeyStatus } from '@/lib/storage/items';
import type { OutboxEntry } from '@/lib/outbox/entry';
import type { CandidateInvites, InviteIndexStatus, LocalInviteSearch } from '@/lib/invite-index/status';
import type { BulkRun, BulkRunAction, StartBulkRunRequest } from '@/lib/bulk/run-schema';
import type { Result } from './result';
import type { AssessmentsView, FormDraft, Invite, InviteStatus, SendInviteOutcome, SendInviteRequest } from './views';

// The one protocol between the surfaces and the background. Types only: no schema, no service is imported
// here, so the content script stays small. The background checks sender and payload of every message.

export interface ProtocolMap {
  // key (extension pages only)
  getKeyStatus(): Result<KeyStatus>;
  saveApiKey(data: { apiKey: string }): Result<KeyStatus>;
  removeApiKey(): Result<KeyStatus>;
  /** Verifies the stored key again, e.g. after AlfaOne refused it once. */
  recheckApiKey(): Result<KeyStatus>;

  // settings (extension pages only)
  getSettings(): Result<Settings>;
  saveSettings(data: Settings): Result<Settings>;

  // assessments (extension pages only)
  listAssessments(data: { refresh: boolean }): Result<AssessmentsView>;

  // invites (extension pages only)
  listRecentInvites(data: { status?: InviteStatus }): Result<Invite[]>;
  findExistingInvites(data: { assessmentId: string; email: string }): Result<Invite[]>;
  sendInvite(data: SendInviteRequest): Result<SendInviteOutcome>;
  cancelQueuedInvite(data: { id: string }): Result<OutboxEntry>;
  /** An invite held after a key change goes out under the key saved now (security.md REL-10). */
  sendHeldInvite(data: { id: string }): Result<OutboxEntry>;

  // the local invite index (extension pages only): answers without a request to AlfaOne
  lookupCandidateInvites(data: { email: string }): Result<CandidateInvites>;
  searchLocalInvites(data: { query: string; limit: number }): Result<LocalInviteSearch>;
  getInviteIndexStatus(): Result<InviteIndexStatus>;
  clearLocalInviteData(): Result<InviteIndexStatus>;

  // the invite form opened by the context menu or a notification (extension pages only)
  takeFormDraft(): Result<FormDraft | null>;

  // bulk invites (extension pages only)
  /** The live invites of an assessment to any of these addresses, for the bulk page's review. */
  checkBulkInvites(data: { assessmentId: string; emails: string[] }): Result<{ email: string; invites: Invite[] }[]>;
  startBulkRun(data: StartBulkRunRequest): Result<BulkRun>;
  controlBulkRun(data: { id: string; action: BulkRunAction }): Result<BulkRun | null>;
  /** Opens the bulk page in a tab, prefilled with these candidates (the page takes them once). */
  openBulkPage(data: { candidates: Candidate[] }): Result<{ opened: true }>;
  takeBulkDraft(): Result<Candidate[]>;

  // detection (content scripts report; extension pages read)
  reportCandidates(data: { candidates: Candidate[] }): Result<{ count: number }>;
  getTabCandidates(data: { tabId: number }): Result<Candidate[]>;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
export type MessageType = keyof ProtocolMap;
