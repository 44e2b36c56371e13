import { browser } from 'wxt/browser';
import type { KeyStatus } from '@/lib/storage/items';
import { i18n } from '#i18n';

/** No key yet, or a key AlfaOne refused: say so and open the options page. */
export function KeyPrompt({ status }: { status: KeyStatus }) {
  const open = () => void browser.runtime.openOptionsPage().then(() => window.close());
  const attention = status.state === 'needs-attention';
  return (
    <div role={attention ? 'alert' : undefined} className={attention ? 'notice bad' : 'notice'}>
      <p>
        {attention
          ? `${status.problem?.message ?? i18n.t('popup.keyNeedsAttention')}. ${status.problem?.action ?? ''}`
          : i18n.t('popup.addKeyPrompt')}
      </p>
      <button type="button" className="primary" onClick={open}>
        {attention ? i18n.t('popup.replaceKey') : i18n.t('popup.addKey')}
      </button>
    </div>
  );
}
