import { storage } from 'wxt/utils/storage';
import type { Browser } from 'wxt/browser';
import type { Candidate } from '@/lib/candidates/candidate';

// Candidates found on each tab, kept in session storage so a worker restart loses nothing (house style 2.2 #6).

const tabItem = (tabId: number) => storage.defineItem<Candidate[]>(`session:candidates:${tabId}`, { fallback: [] });

export async function saveTabCandidates(sender: Browser.runtime.MessageSender, candidates: Candidate[]) {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { count: 0 };
  await tabItem(tabId).setValue(candidates);
  return { count: candidates.length };
}

export function getTabCandidates(tabId: number): Promise<Candidate[]> {
  return tabItem(tabId).getValue();
}

export function clearTabCandidates(tabId: number): Promise<void> {
  return tabItem(tabId).removeValue();
}
