import { defineContentScript } from 'wxt/utils/define-content-script';
import { DETECTION_SITES } from '@/lib/candidates/sites';
import { sendMessage } from '@/lib/messaging/protocol';
import { detectCandidates } from '@/lib/detection';
import { OBSERVED, touchesParts } from '@/lib/detection/relevant-change';
import { keepSeenAtRightClick } from '@/lib/menu/seen-target';

/** Coalesces bursts of DOM changes: at most one detection per interval. */
const INTERVAL_MS = 500;
/** A page that keeps changing stops being re-read after this many runs, until the next navigation. */
const MAX_RUNS_PER_PAGE = 40;
const IDLE_TIMEOUT_MS = 2_000;

// Keeps the background's candidates for this tab current on LinkedIn and GitHub: the profile's own person, read
// from the parts the site detectors know (lib/detection/index.ts); the whole page is read on demand only. It reads
// and reports; it never clicks, scrolls, fetches or injects anything into the page.
export default defineContentScript({
  matches: DETECTION_SITES,
  runAt: 'document_idle',
  main(ctx) {
    let last = '';
    let runs = 0;
    let pending = false;

    // Between the page's own tasks, never in the middle of them.
    const runWhenIdle = () => ctx.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    function run() {
      pending = false;
      if (ctx.isInvalid || runs++ >= MAX_RUNS_PER_PAGE) return;
      const candidates = detectCandidates(document, location.href);
      const fingerprint = JSON.stringify(candidates);
      if (fingerprint === last) return;
      last = fingerprint;
      // The background may be waking up or the extension reloading: the next change reports again.
      sendMessage('reportCandidates', { candidates }).catch(() => (last = ''));
    }
    /**
     * Reads once the page has been drawn: style and layout are done then, so the visibility checks force none
     * (on a 3 MB profile a forced style pass cost more than all the reading). A tab opened in the background,
     * as recruiters open profiles by the dozen, is read when first shown, not before.
     */
    const whenDrawn = (then: () => void): void => {
      if (document.visibilityState === 'visible') ctx.requestAnimationFrame(() => ctx.setTimeout(then, 0));
      else ctx.addEventListener(document, 'visibilitychange', () => whenDrawn(then), { once: true });
    };
    const schedule = () => {
      if (pending) return;
      pending = true;
      ctx.setTimeout(() => whenDrawn(runWhenIdle), INTERVAL_MS);
    };

    pending = true;
    whenDrawn(runWhenIdle);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // The background forgot this tab's candidates on navigation: report again, even the same ones.
      last = '';
      runs = 0;
      schedule();
    });
    // Only a change to a part the site detectors read (a profile's card rendered late, its name filled in, the
    // contact dialog opened) is read again; a feed card or a counter is not, even before anyone is found: on a 5 MB
    // page each read of those parts costs a few ms (bench/content-script-cost.ts).
    const observer = new MutationObserver((records) => {
      if (!pending && records.some(touchesParts)) schedule();
    });
    observer.observe(document.documentElement, OBSERVED);
    // What the user saw as a right-click began, before the page's own handlers could change it (the menu's
    // one-click send checks it, docs/security.md SEC-9). Capture phase on the window: ahead of the page's listeners.
    for (const type of ['pointerdown', 'contextmenu'] as const)
      ctx.addEventListener(window, type, keepSeenAtRightClick, { capture: true });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
