import { browser } from 'wxt/browser';
import type { Candidate } from '@/lib/candidates/candidate';
import { bulkDraft as draftItem } from '@/lib/storage/session-items';

// "Invite everyone on this page": the candidates travel in a message to the background, which keeps them in
// session storage for the bulk page to take once (never in the URL, where history and other tabs could see them).

export async function openBulkPage(candidates: Candidate[]): Promise<{ opened: true }> {
  await draftItem.setValue(candidates.length ? candidates : null);
  await browser.tabs.create({ url: browser.runtime.getURL('/bulk.html') });
  return { opened: true };
}

export async function takeBulkDraft(): Promise<Candidate[]> {
  const draft = await draftItem.getValue();
  await draftItem.removeValue();
  return draft ?? [];
}
