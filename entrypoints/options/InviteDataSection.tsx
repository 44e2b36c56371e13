import { useEffect, useState } from 'react';
import type { InviteIndexStatus } from '@/lib/invite-index/status';
import { callBackground } from '@/lib/messaging/call';
import { formatDay, formatNumber } from '@/lib/format/date';
import { i18n } from '#i18n';

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
      <h2 id="invite-data-heading">{i18n.t('options.inviteData')}</h2>
      <p>{i18n.t('options.inviteDataText')}</p>
      {/* Not role="status": the key section's status is the page's one status region. */}
      <p aria-live="polite">{describe(status, cleared)}</p>
      <button type="button" onClick={() => void clear()}>
        {i18n.t('options.clearInviteData')}
      </button>
    </section>
  );
}

function describe(status: InviteIndexStatus | null, cleared: boolean): string {
  const prefix = cleared ? i18n.t('options.cleared') : '';
  if (!status) return '';
  if (status.state === 'off') return prefix + i18n.t('options.indexOff');
  const count = formatNumber(status.count);
  if (status.state === 'syncing') return prefix + i18n.t('options.indexSyncing', { count });
  return prefix + i18n.t('options.indexReady', status.count, { count, date: formatDay(status.updatedAt) });
}
