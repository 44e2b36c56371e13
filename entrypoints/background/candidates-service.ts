import { browser, type Browser } from 'wxt/browser';
import type { Candidate } from '@/lib/candidates/candidate';
import { candidateListSchema } from '@/lib/candidates/candidate-schema';
import { tabCandidates as tabItem } from '@/lib/storage/session-items';
import { setTabCount } from './badge';

// Candidates found on each tab, kept in session storage so a worker restart loses nothing (house style 2.2 #6).

/** Stored candidates are input too (docs/security.md SEC-8): a list that does not fit is dropped, never shown or sent. */
async function readTab(tabId: number): Promise<Candidate[]> {
  const parsed = candidateListSchema.safeParse(await tabItem(tabId).getValue());
  return parsed.success ? parsed.data : [];
}

/** What the declared content script reports; the badge shows the count on that tab. */
export async function saveTabCandidates(sender: Browser.runtime.MessageSender, candidates: Candidate[]) {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { count: 0 };
  await tabItem(tabId).setValue(candidates);
  await setTabCount(tabId, candidates);
  return { count: candidates.length };
}

/**
 * The candidates on a tab: read afresh from the page when the user's gesture granted access (activeTab), else
 * what the declared content script reported last.
 */
export async function getTabCandidates(tabId: number): Promise<Candidate[]> {
  const fresh = await detectOnDemand(tabId);
  if (fresh) {
    await tabItem(tabId).setValue(fresh);
    return fresh;
  }
  return readTab(tabId);
}

/** What was last found on a tab, without reading the page again. */
export function storedTabCandidates(tabId: number): Promise<Candidate[]> {
  return readTab(tabId);
}

export function clearTabCandidates(tabId: number): Promise<void> {
  return tabItem(tabId).removeValue();
}

async function detectOnDemand(tabId: number): Promise<Candidate[] | undefined> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/detect.js'] });
    // The page's own DOM produced this: check it like any message from a content script.
    const parsed = candidateListSchema.safeParse(frame?.result);
    return parsed.success ? parsed.data : undefined;
  } catch {
    // No access (no gesture, a browser page, the web store): fall back to what was reported.
    return undefined;
  }
}
