import type { Browser } from 'wxt/browser';

// `reportCandidates` comes from page-controlled contexts: accepted from a tab's top frame only and at most a few
// per second per tab, checked before the payload is even parsed, so a flood costs nothing but dropped messages
// (docs/security.md MSG-4). The content script reports at most every 500 ms on its own.

const BURST = 3;
const PER_SECOND = 2;

export interface ReportGate {
  admit: (sender: Browser.runtime.MessageSender | undefined, now?: number) => boolean;
  /** A closed tab's allowance goes with it. */
  forget: (tabId: number) => void;
}

export function createReportGate(): ReportGate {
  const buckets = new Map<number, { tokens: number; at: number }>();
  return {
    admit(sender, now = Date.now()) {
      const tabId = sender?.tab?.id;
      if (tabId === undefined || sender?.frameId !== 0) return false;
      const bucket = buckets.get(tabId) ?? { tokens: BURST, at: now };
      bucket.tokens = Math.min(BURST, bucket.tokens + ((now - bucket.at) / 1000) * PER_SECOND);
      bucket.at = now;
      buckets.set(tabId, bucket);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    forget: (tabId) => void buckets.delete(tabId),
  };
}
