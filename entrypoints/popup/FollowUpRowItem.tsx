import { isNewCompletion, type FollowUpGroupName, type FollowUpRow } from '@/lib/invite-index/follow-up';
import { formatDay } from '@/lib/format/date';
import { inviteStatusLabel, inviteStatusWord } from '@/lib/format/invite-status';
import { ErrorMessage } from './ErrorMessage';
import type { AgainState } from './state/follow-slice';
import { usePopupStore } from './store';
import { i18n } from '#i18n';

/** One invite: the candidate, the assessment, the status with its date; a lapsed one can be invited again. */
export function FollowUpRowItem({
  row,
  group,
  seenAt,
}: {
  row: FollowUpRow;
  group: FollowUpGroupName;
  seenAt: number | null;
}) {
  const again = usePopupStore((s) => s.again[row.id]);
  const inviteAgain = usePopupStore((s) => s.inviteAgain);
  const isNew = isNewCompletion(row, seenAt);
  return (
    <li data-invite={row.id}>
      <span className="who">
        {row.recipientName ? `${row.recipientName} — ${row.recipientEmail}` : row.recipientEmail}
        {isNew && <mark className="new">{i18n.t('followUp.new')}</mark>}
      </span>
      <span className="muted small">{row.assessmentName}</span>
      <span className={`badge status-${row.status}`}>{statusWithDate(row, group)}</span>
      {group === 'expired' && <Again row={row} state={again} onClick={() => void inviteAgain(row)} />}
    </li>
  );
}

function statusWithDate(row: FollowUpRow, group: FollowUpGroupName): string {
  const date = formatDay(row.statusAt);
  if (row.status === 'revoked') return i18n.t('followUp.revokedSent', { date });
  if (group === 'notStarted') return i18n.t('followUp.sentOn', { date });
  if (group === 'expiringSoon') return i18n.t('followUp.expiresOn', { date });
  return i18n.t('followUp.statusOn', { status: inviteStatusLabel(row.status), date });
}

/** "Invite again", or what it did: the new invite, the live one found instead, or why not. */
function Again({ row, state, onClick }: { row: FollowUpRow; state: AgainState | undefined; onClick: () => void }) {
  const invited = state?.status === 'sent' ? state.invite : row.again;
  if (invited)
    return (
      <span role="status" className="small again">
        {i18n.t('followUp.invitedAgain', {
          status: inviteStatusWord(invited.status),
          date: formatDay(invited.sentAt),
        })}
      </span>
    );
  if (state?.status === 'duplicate') {
    const live = state.existing[0];
    return (
      <span role="status" className="small again">
        {i18n.t('followUp.againDuplicate', {
          status: inviteStatusWord(live?.status),
          date: formatDay(live?.sentAt),
        })}
      </span>
    );
  }
  if (state?.status === 'queued')
    return (
      <span role="status" className="small again">
        {i18n.t('followUp.againQueued')}
      </span>
    );
  return (
    <span className="again">
      {state?.status === 'error' && <ErrorMessage error={state.error} className="small" />}
      <button type="button" onClick={onClick} disabled={state?.status === 'sending'}>
        {state?.status === 'sending' ? i18n.t('followUp.invitingAgain') : i18n.t('followUp.inviteAgain')}
      </button>
    </span>
  );
}
