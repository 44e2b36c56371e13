import { useEffect, useState } from 'react';
import type { InviteIndexStatus } from '@/lib/invite-index/status';
import { callBackground } from '@/lib/messaging/call';
import { formatDay } from '@/lib/format/date';

/** What the local invite index holds (PRIVACY.md), and "Clear local invite data". */
export function InviteDataSection() {
  const [status, setStatus] = useState<InviteIndexStatus | null>(null);
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    void callBackground('getInviteIndexStatus').then((r) => r.ok && setStatus(r.data));
  }, []);

  const clear = async () => {
    const result = await callBackground('clearLocalInviteData');
    if (result.ok) {
      setStatus(result.data);
      setCleared(true);
    }
  };

  return (
    <section aria-labelledby="invite-data-heading">
      <h2 id="invite-data-heading">Local invite data</h2>
      <p>
        So that the side panel can say at once whether a candidate is already invited, the extension keeps a copy of
        your organization&apos;s invites in this browser: each invite&apos;s id, recipient email and name, assessment,
        status and dates. It is stored in the extension&apos;s own database, which no web page (nor the extension&apos;s
        scripts running in pages) can read, and it is cleared when you remove the key.
      </p>
      {/* Not role="status": the key section's status is the page's one status region. */}
      <p aria-live="polite">{describe(status, cleared)}</p>
      <button type="button" onClick={() => void clear()}>
        Clear local invite data
      </button>
    </section>
  );
}

function describe(status: InviteIndexStatus | null, cleared: boolean): string {
  const prefix = cleared ? 'Cleared. ' : '';
  if (!status) return '';
  if (status.state === 'off') return `${prefix}Nothing is stored (no API key in use).`;
  if (status.state === 'syncing')
    return `${prefix}Reading your organization's invites from AlfaOne: ${status.count} so far.`;
  return `${prefix}${status.count} invites stored, updated ${formatDay(status.updatedAt)}. Cleared data is read again from AlfaOne while a key is saved.`;
}
