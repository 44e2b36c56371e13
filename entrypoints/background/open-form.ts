import { browser } from 'wxt/browser';
import type { Candidate } from '@/lib/candidates/candidate';
import type { FormDraft } from '@/lib/messaging/views';
import { outbox } from '@/lib/storage/items';
import { formDraft as draftItem } from '@/lib/storage/session-items';

// The invite form in a small extension window, prefilled: for "Choose assessment…", several addresses in a
// selection, or a notification about an invite that needs a decision.

export async function openForm(draft: { candidates: Candidate[]; assessmentId?: string }): Promise<void> {
  await draftItem.setValue(draft);
  await browser.windows.create({
    url: browser.runtime.getURL('/popup.html?draft=1'),
    type: 'popup',
    width: 400,
    height: 640,
  });
}

/** The form reads its draft once. */
export async function takeDraft(): Promise<FormDraft | null> {
  const draft = await draftItem.getValue();
  await draftItem.removeValue();
  return draft;
}

/** The recent invites, in the same small window. */
export async function openRecentInvites(): Promise<void> {
  await browser.windows.create({
    url: browser.runtime.getURL('/popup.html?view=recent'),
    type: 'popup',
    width: 400,
    height: 640,
  });
}

/** Follow up on one group (a notification about it was clicked). */
export async function openFollowUp(group: string): Promise<void> {
  const params = new URLSearchParams({ view: 'follow', group });
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?${params.toString()}`),
    type: 'popup',
    width: 400,
    height: 640,
  });
}

/** The form for an outbox entry that needs the user: already invited, or failed. */
export async function openEntryForm(entryId: string): Promise<void> {
  const entry = (await outbox.getValue()).find((e) => e.id === entryId);
  if (!entry) return openRecentInvites();
  const { recipientEmail, recipientName, assessmentId } = entry.body;
  await openForm({ candidates: [{ email: recipientEmail, name: recipientName, source: 'page-text' }], assessmentId });
}
