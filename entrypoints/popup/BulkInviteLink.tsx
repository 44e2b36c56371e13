import { callBackground } from '@/lib/messaging/call';
import { usePopupStore } from './store';

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
        Bulk invite
      </button>
      {withEmail.length > 1 && (
        <button type="button" className="link" onClick={() => void open(true)}>
          Invite everyone on this page ({withEmail.length})
        </button>
      )}
    </div>
  );
}
