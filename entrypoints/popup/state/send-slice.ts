import { isValidEmail } from '@/lib/email/extract';
import { callBackground } from '@/lib/messaging/call';
import { isKeyError, type ErrorInfo } from '@/lib/api/errors';
import type { Invite } from '@/lib/messaging/views';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { DEFAULT_SETTINGS, type InviteOptions } from '@/lib/settings/settings';
import type { AssessmentDefaults } from '@/lib/storage/items';
import type { Slice } from './types';
import { i18n } from '#i18n';

export type SendState =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'sent'; invite: Invite }
  | { status: 'duplicate'; existing: Invite[]; afterConfirm: boolean }
  | { status: 'queued'; entryId: string }
  | { status: 'error'; error: ErrorInfo };

export interface SendSlice {
  options: InviteOptions;
  /** The global defaults (options page): the fallback of every assessment's own. */
  globalDefaults: InviteOptions;
  /** Options remembered per assessment (storage item `assessmentDefaults`, mirrored). */
  assessmentDefaults: AssessmentDefaults;
  /** "Remember for {assessment}": the options shown become the picked assessment's defaults. */
  rememberDefaults: () => Promise<boolean>;
  send: SendState;
  /** The outbox as stored: what waits to be sent, and what was settled last. */
  outbox: OutboxEntry[];
  setOptions: (options: InviteOptions) => void;
  sendInvite: (confirmDuplicate?: boolean) => Promise<void>;
  dismissOutcome: () => void;
  cancelQueued: (id: string) => Promise<void>;
}

export function idleUnlessSending(send: SendState): { send?: SendState } {
  return send.status === 'sending' ? {} : { send: { status: 'idle' } };
}

export const createSendSlice: Slice<SendSlice> = (set, get) => ({
  options: DEFAULT_SETTINGS.inviteDefaults,
  globalDefaults: DEFAULT_SETTINGS.inviteDefaults,
  assessmentDefaults: {},
  async rememberDefaults() {
    const { selectedId, assessments, options } = get();
    const name = assessments.find((a) => a.id === selectedId)?.name;
    if (!selectedId || name === undefined) return false;
    const result = await callBackground('saveAssessmentDefaults', { assessmentId: selectedId, name, options });
    if (result.ok) set({ assessmentDefaults: result.data });
    return result.ok;
  },
  send: { status: 'idle' },
  outbox: [],
  setOptions: (options) => set({ options }),

  async sendInvite(confirmDuplicate = false) {
    const { send, email, name, selectedId, options } = get();
    // One send at a time from this popup; the background also keeps one per candidate across popups.
    if (send.status === 'sending') return;
    if (!isValidEmail(email.trim())) {
      set({ emailError: i18n.t('popup.invalidEmail') });
      return;
    }
    if (!selectedId) {
      set({
        send: {
          status: 'error',
          error: {
            kind: 'invalid-input',
            message: i18n.t('popup.chooseAssessment'),
            action: i18n.t('popup.chooseAssessmentAction'),
          },
        },
      });
      return;
    }
    set({ send: { status: 'sending' } });
    const result = await callBackground('sendInvite', {
      assessmentId: selectedId,
      email: email.trim(),
      name: name.trim() || undefined,
      options,
      confirmDuplicate,
    });
    if (!result.ok) {
      set({ send: { status: 'error', error: result.error } });
      if (isKeyError(result.error.kind)) await get().reloadKey();
      return;
    }
    const outcome = result.data;
    if (outcome.status === 'sent') {
      set({
        send: { status: 'sent', invite: outcome.invite },
        recentIds: [selectedId, ...get().recentIds.filter((id) => id !== selectedId)],
      });
    } else if (outcome.status === 'queued') {
      set({ send: { status: 'queued', entryId: outcome.entry.id } });
    } else {
      set({ send: { status: 'duplicate', existing: outcome.existing, afterConfirm: confirmDuplicate } });
    }
  },

  async cancelQueued(id) {
    const result = await callBackground('cancelQueuedInvite', { id });
    if (!result.ok) set({ send: { status: 'error', error: result.error } });
  },

  dismissOutcome: () => set({ send: { status: 'idle' } }),
});
