import { keyIdOf } from '@/lib/key/key-format';
import { useEffect, useState } from 'react';
import { isValidEmail } from '@/lib/email/extract';
import { formatDay, formatNumber } from '@/lib/format/date';
import type { IndexedInvite } from '@/lib/invite-index/record';
import type { CandidateInvites as Answer } from '@/lib/invite-index/status';
import { callBackground } from '@/lib/messaging/call';
import { inviteStatusWord } from '@/lib/format/invite-status';
import { usePopupStore } from '../popup/store';
import { i18n } from '#i18n';

/** Typing an address by hand: ask once the user pauses. */
const TYPING_PAUSE_MS = 300;
/** While the first sync runs, the answer grows: ask again this often (a local read, no request). */
const SYNCING_ASK_MS = 2_000;

/** What AlfaOne already has for the candidate in view, across all assessments, from the local index. */
export function CandidateInvites() {
  const email = usePopupStore((s) => s.email.trim());
  const lastSent = usePopupStore((s) => (s.send.status === 'sent' ? s.send.invite.id : null));
  // Another key in force has another index (docs/product.md, Keys): ask again, never show the other's answer.
  const keyInForce = usePopupStore((s) => keyIdOf(s.key));
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!isValidEmail(email)) return setAnswer(null);
    let current = true;
    let timer: ReturnType<typeof setTimeout>;
    const ask = () =>
      void callBackground('lookupCandidateInvites', { email }).then((result) => {
        if (!current) return;
        setAnswer(result.ok ? result.data : null);
        if (result.ok && result.data.index.state === 'syncing') timer = setTimeout(ask, SYNCING_ASK_MS);
      });
    timer = setTimeout(ask, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [email, lastSent, keyInForce]);

  if (!answer || answer.email.toLowerCase() !== email.toLowerCase() || answer.index.state === 'off') return null;
  const { live, lastFinished, index } = answer;
  return (
    <section className="arrival" role="status" aria-label={i18n.t('sidepanel.invitesToCandidate')}>
      {live.map((invite) => (
        <p key={invite.id} className="invited">
          {i18n.t('sidepanel.alreadyInvitedTo', { assessment: invite.assessmentName, details: liveWords(invite) })}
        </p>
      ))}
      {live.length === 0 && (
        <p>{index.state === 'ready' ? i18n.t('sidepanel.noLiveInvite') : i18n.t('sidepanel.noLiveInviteSoFar')}</p>
      )}
      {lastFinished && (
        <p className="muted small">
          {i18n.t('sidepanel.lastFinished', {
            assessment: lastFinished.assessmentName,
            status: inviteStatusWord(lastFinished.status),
            date: formatDay(lastFinished.completedAt ?? lastFinished.expiresAt),
          })}
        </p>
      )}
      {index.state === 'syncing' && (
        <p className="muted small">
          {i18n.t('sidepanel.stillReading', {
            done: formatNumber(index.pagesDone),
            total: index.totalPages == null ? '…' : formatNumber(index.totalPages),
          })}
        </p>
      )}
    </section>
  );
}

function liveWords(invite: IndexedInvite): string {
  const since =
    invite.status === 'accepted' ? invite.acceptedAt : invite.status === 'started' ? invite.startedAt : invite.sentAt;
  return i18n.t('sidepanel.liveDetails', {
    status: inviteStatusWord(invite.status),
    since: formatDay(since ?? invite.sentAt),
    expires: formatDay(invite.expiresAt),
  });
}
