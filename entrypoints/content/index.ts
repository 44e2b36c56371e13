import { defineContentScript } from 'wxt/utils/define-content-script';
import { DETECTION_SITES } from '@/lib/candidates/sites';
import { sendMessage } from '@/lib/messaging/protocol';
import { detectCandidates } from '@/lib/detection';

/** Coalesces bursts of DOM changes: at most one detection per interval. */
const INTERVAL_MS = 500;
/** A page that keeps changing stops being re-read after this many runs, until the next navigation. */
const MAX_RUNS_PER_PAGE = 40;

// Keeps the background's candidates for this tab current on LinkedIn and GitHub. It reads the page and
// reports; it never clicks, scrolls, fetches or injects anything into the page.
export default defineContentScript({
  matches: DETECTION_SITES,
  runAt: 'document_idle',
  main(ctx) {
    let last = '';
    let runs = 0;
    let pending = false;

    const run = () => {
      pending = false;
      if (ctx.isInvalid || runs++ >= MAX_RUNS_PER_PAGE) return;
      const candidates = detectCandidates(document, location.href);
      const fingerprint = JSON.stringify(candidates);
      if (fingerprint === last) return;
      last = fingerprint;
      // The background may be waking up or the extension reloading: the next change reports again.
      sendMessage('reportCandidates', { candidates }).catch(() => (last = ''));
    };
    const schedule = () => {
      if (pending) return;
      pending = true;
      ctx.setTimeout(run, INTERVAL_MS);
    };

    run();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      runs = 0;
      schedule();
    });
    const observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
