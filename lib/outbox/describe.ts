import { formatDay, formatTime } from '@/lib/format/date';
import type { OutboxEntry } from './entry';

// What an outbox entry means to a person, written once for every surface: the popup's outcome and its
// "Waiting to send" list, and the system notification (docs/product.md, UI contract).

export interface EntryWords {
  /** ok: sent · warn: on its way or needs a look · error: not sent · muted: nothing happens. */
  tone: 'ok' | 'warn' | 'error' | 'muted';
  title: string;
  text: string;
}

const why = (entry: OutboxEntry) => (entry.lastError ? ` (${entry.lastError.message})` : '');

export function describeEntry(entry: OutboxEntry): EntryWords {
  const who = entry.body.recipientEmail;
  const what = entry.invite?.assessmentName ?? entry.assessmentName ?? 'the assessment';
  switch (entry.state) {
    case 'sent':
      return {
        tone: 'ok',
        title: 'Invite sent',
        text: `Invite sent to ${who} for ${what}, expires ${formatDay(entry.invite?.expiresAt)}.`,
      };
    case 'duplicate':
      return {
        tone: 'warn',
        title: 'Already invited',
        text: `${who} already has a ${entry.existing?.[0]?.status ?? 'pending'} invite to ${what}; nothing was sent.`,
      };
    case 'failed':
      return {
        tone: 'error',
        title: 'Invite not sent',
        text: `${who}: ${entry.lastError?.message ?? 'failed'}. ${entry.lastError?.action ?? ''}`.trim(),
      };
    case 'cancelled':
      return entry.unsure
        ? {
            tone: 'muted',
            title: 'Discarded',
            text: `Discarded: the invite to ${who} may have been sent before; check Recent invites.`,
          }
        : { tone: 'muted', title: 'Cancelled', text: `Cancelled: the invite to ${who} was not sent.` };
    case 'sending':
      return { tone: 'warn', title: 'Sending', text: 'Sending now…' };
    case 'checking':
      // docs/security.md REL-5: until reconcile has looked, say "may have been sent", never "failed".
      return {
        tone: 'warn',
        title: 'May have been sent',
        text: `May have been sent — checking at ${formatTime(entry.nextAt)}${why(entry)}`,
      };
    case 'held':
      return held(entry);
    case 'queued':
      if (entry.lastError?.status === 429) {
        // REL-2, REL-8: the wait AlfaOne asked for (at most an hour) is shown, not slept through.
        return {
          tone: 'warn',
          title: 'Queued',
          text: `Queued: AlfaOne asked to wait, next attempt at ${formatTime(entry.nextAt)}`,
        };
      }
      if (entry.lastError?.kind === 'rate-limited') {
        return {
          tone: 'warn',
          title: 'Queued',
          text: `Queued: within the rate budget, next attempt at ${formatTime(entry.nextAt)}`,
        };
      }
      return {
        tone: 'warn',
        title: 'Queued',
        text: `Queued, next attempt at ${formatTime(entry.nextAt)}${why(entry)}`,
      };
  }
}

function held(entry: OutboxEntry): EntryWords {
  if (entry.hold === 'key-changed') {
    const env = entry.keyEnv ? `${entry.keyEnv} ` : '';
    return {
      tone: 'warn',
      title: 'Held: the key changed',
      text: `Held: asked under a ${env}key, not the key in force now. Switching back to that key, if it is still saved, sends it; or send it under the current key, or discard it.`,
    };
  }
  return {
    tone: 'warn',
    title: 'Waiting',
    text: `Waiting: ${entry.lastError?.message ?? 'needs your attention'}. ${entry.lastError?.action ?? ''}`.trim(),
  };
}
