import { callBackground } from '@/lib/messaging/call';
import { usePopupStore } from './store';
import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

/** "Bulk invite" opens the bulk page; with several people on the page, they can all go there at once. */
export function BulkInviteLink() {
  const candidates = usePopupStore((s) => s.candidates);
  const withEmail = candidates.filter((c) => c.email);
  const open = async (all: boolean) => {
    const result = await callBackground('openBulkPage', { candidates: all ? withEmail : [] });
    if (result.ok) window.close();
  };
  return (
    <div className="row small">
      <button type="button" className="link" onClick={() => void open(false)}>
        {i18n.t('popup.bulkInvite')}
      </button>
      {withEmail.length > 1 && (
        <button type="button" className="link" onClick={() => void open(true)}>
          {i18n.t('popup.inviteEveryone', { count: formatNumber(withEmail.length) })}
        </button>
      )}
    </div>
  );
}
