import { browser } from 'wxt/browser';
import type { KeyStatus } from '@/lib/storage/items';

/** No key yet, or a key AlfaOne refused: say so and open the options page. */
export function KeyPrompt({ status }: { status: KeyStatus }) {
  const open = () => void browser.runtime.openOptionsPage().then(() => window.close());
  const attention = status.state === 'needs-attention';
  return (
    <div role={attention ? 'alert' : undefined} className={attention ? 'notice bad' : 'notice'}>
      <p>
        {attention
          ? `${status.problem?.message ?? 'Your API key needs attention'}. ${status.problem?.action ?? ''}`
          : 'Add your AlfaOne API key to start inviting candidates.'}
      </p>
      <button type="button" className="primary" onClick={open}>
        {attention ? 'Replace API key' : 'Add API key'}
      </button>
    </div>
  );
}
