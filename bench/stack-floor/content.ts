import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '@/lib/messaging/protocol';

// The least a content script on the project's stack can do and still report a candidate: WXT's context, one read
// of one element once the page is drawn and idle (as entrypoints/content/index.ts waits), one message through
// @webext-core/messaging. bench/content-script-cost.ts measures it beside ours: any per-page work above it is ours.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    ctx.requestAnimationFrame(() =>
      ctx.setTimeout(
        () =>
          ctx.requestIdleCallback(() => {
            const name = document.querySelector('h1, h2')?.textContent?.trim();
            const candidates = name ? [{ source: 'linkedin-profile' as const, name }] : [];
            sendMessage('reportCandidates', { candidates }).catch(() => undefined);
          }),
        0,
      ),
    );
  },
});
