import { formatDay, formatTime } from '@/lib/format/date';
import type { OutboxEntry } from './entry';
import { i18n } from '#i18n';
import { inviteStatusWord } from '@/lib/format/invite-status';

// What an outbox entry means to a person, written once for every surface: the popup's outcome and its
// "Waiting to send" list, and the system notification (docs/product.md, UI contract).

export interface EntryWords {
  /** ok: sent · warn: on its way or needs a look · error: not sent · muted: nothing happens. */
  tone: 'ok' | 'warn' | 'error' | 'muted';
  title: string;
  text: string;
}

const why = (entry: OutboxEntry) => (entry.lastError ? i18n.t('outbox.why', { message: entry.lastError.message }) : '');

export function describeEntry(entry: OutboxEntry): EntryWords {
  const who = entry.body.recipientEmail;
  const what = entry.invite?.assessmentName ?? entry.assessmentName ?? i18n.t('outbox.theAssessment');
  switch (entry.state) {
    case 'sent':
      return {
        tone: 'ok',
        title: i18n.t('outbox.sentTitle'),
        text: i18n.t('outbox.sentText', { email: who, assessment: what, date: formatDay(entry.invite?.expiresAt) }),
      };
    case 'duplicate':
      return {
        tone: 'warn',
        title: i18n.t('outbox.duplicateTitle'),
        text: i18n.t('outbox.duplicateText', {
          email: who,
          status: inviteStatusWord(entry.existing?.[0]?.status),
          assessment: what,
        }),
      };
    case 'failed':
      return {
        tone: 'error',
        title: i18n.t('outbox.failedTitle'),
        text: i18n
          .t('outbox.failedText', {
            email: who,
            message: entry.lastError?.message ?? i18n.t('outbox.failed'),
            action: entry.lastError?.action ?? '',
          })
          .trim(),
      };
    case 'cancelled':
      return entry.unsure
        ? {
            tone: 'muted',
            title: i18n.t('outbox.discardedTitle'),
            text: i18n.t('outbox.discardedText', { email: who }),
          }
        : {
            tone: 'muted',
            title: i18n.t('outbox.cancelledTitle'),
            text: i18n.t('outbox.cancelledText', { email: who }),
          };
    case 'sending':
      return { tone: 'warn', title: i18n.t('outbox.sendingTitle'), text: i18n.t('outbox.sendingText') };
    case 'checking':
      // docs/security.md REL-5: until reconcile has looked, say "may have been sent", never "failed".
      return {
        tone: 'warn',
        title: i18n.t('outbox.checkingTitle'),
        text: i18n.t('outbox.checkingText', { time: formatTime(entry.nextAt), why: why(entry) }),
      };
    case 'held':
      return held(entry);
    case 'queued':
      if (entry.lastError?.status === 429) {
        // REL-2, REL-8: the wait AlfaOne asked for (at most an hour) is shown, not slept through.
        return {
          tone: 'warn',
          title: i18n.t('outbox.queuedTitle'),
          text: i18n.t('outbox.queuedAskedWait', { time: formatTime(entry.nextAt) }),
        };
      }
      if (entry.lastError?.kind === 'rate-limited') {
        return {
          tone: 'warn',
          title: i18n.t('outbox.queuedTitle'),
          text: i18n.t('outbox.queuedBudget', { time: formatTime(entry.nextAt) }),
        };
      }
      return {
        tone: 'warn',
        title: i18n.t('outbox.queuedTitle'),
        text: i18n.t('outbox.queuedText', { time: formatTime(entry.nextAt), why: why(entry) }),
      };
  }
}

function held(entry: OutboxEntry): EntryWords {
  if (entry.hold === 'key-changed') {
    const env =
      entry.keyEnv === 'live' ? i18n.t('outbox.heldLive') : entry.keyEnv === 'test' ? i18n.t('outbox.heldTest') : '';
    return {
      tone: 'warn',
      title: i18n.t('outbox.heldTitle'),
      text: i18n.t('outbox.heldText', { env }),
    };
  }
  return {
    tone: 'warn',
    title: i18n.t('outbox.waitingTitle'),
    text: i18n
      .t('outbox.waitingText', {
        message: entry.lastError?.message ?? i18n.t('outbox.needsYou'),
        action: entry.lastError?.action ?? '',
      })
      .trim(),
  };
}
