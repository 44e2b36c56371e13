import { defineContentScript } from 'wxt/utils/define-content-script';
import { DETECTION_SITES } from '@/lib/candidates/sites';
import { RUN_SCAN_LIMIT, scanBudget } from '@/lib/email/scan-budget';
import { sendMessage } from '@/lib/messaging/protocol';
import { readPage, type PageRead } from '@/lib/detection';
import { mayChangeAddresses, OBSERVED } from '@/lib/detection/relevant-change';
import { keepSeenAtRightClick } from '@/lib/menu/seen-target';

/** Coalesces bursts of DOM changes: at most one detection per interval. */
const INTERVAL_MS = 500;
/** A page that keeps changing stops being re-read after this many runs, until the next navigation. */
const MAX_RUNS_PER_PAGE = 40;
/**
 * Page text is read for at most this long per run, well under the 50 ms of a long task (docs/security.md SEC-9).
 * A run cut short reports what it found and goes on in the next idle period, where the code is warm and reads
 * further; a page that never lets it finish costs a few such runs, then no more.
 */
const RUN_TIME_MS = 20;
const MAX_CONTINUATIONS = 3;
const IDLE_TIMEOUT_MS = 2_000;
/** Changes kept for the next read; past this many, it reads the page whole. */
const MAX_RECORDS = 1_000;

// Keeps the background's candidates for this tab current on LinkedIn and GitHub. It reads the page and
// reports; it never clicks, scrolls, fetches or injects anything into the page.
export default defineContentScript({
  matches: DETECTION_SITES,
  runAt: 'document_idle',
  main(ctx) {
    let last = '';
    let runs = 0;
    let continuations = 0;
    let pending = false;
    let read: PageRead | undefined;
    // Every change since the last read, for the next to read only what changed; undefined once too many to keep.
    let changes: MutationRecord[] | undefined = [];

    // Between the page's own tasks, never in the middle of them.
    const runWhenIdle = () => ctx.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    function run() {
      pending = false;
      if (ctx.isInvalid || runs++ >= MAX_RUNS_PER_PAGE) return;
      const budget = scanBudget(RUN_SCAN_LIMIT, performance.now() + RUN_TIME_MS);
      changes = changes?.concat(observer.takeRecords());
      read = readPage(document, location.href, budget, read, changes);
      changes = [];
      const { candidates } = read;
      if (budget.timedOut && continuations++ < MAX_CONTINUATIONS) {
        pending = true;
        runWhenIdle();
      }
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
      continuations = 0;
      ctx.setTimeout(() => whenDrawn(runWhenIdle), INTERVAL_MS);
    };

    pending = true;
    whenDrawn(runWhenIdle);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // The background forgot this tab's candidates on navigation: report again, even the same ones.
      last = '';
      runs = 0;
      read = undefined;
      schedule();
    });
    // Until the page shows someone it may still be rendering them: every change counts. After that, only a
    // change that may bring or take an address does (a feed card or a counter does not).
    const observer = new MutationObserver((records) => {
      changes = changes && changes.length < MAX_RECORDS ? changes.concat(records) : undefined;
      if (!pending && (!read?.candidates.length || mayChangeAddresses(records))) schedule();
    });
    observer.observe(document.documentElement, OBSERVED);
    // What the user saw as a right-click began, before the page's own handlers could change it (the menu's
    // one-click send checks it, docs/security.md SEC-9). Capture phase on the window: ahead of the page's listeners.
    for (const type of ['pointerdown', 'contextmenu'] as const)
      ctx.addEventListener(window, type, keepSeenAtRightClick, { capture: true });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
