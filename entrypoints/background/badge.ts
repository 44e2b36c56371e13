import { browser } from 'wxt/browser';
import { keyStatus } from '@/lib/storage/items';

/** The toolbar badge: "!" while the key needs attention, otherwise empty. */
export async function updateBadge(): Promise<void> {
  const status = await keyStatus.getValue();
  const needsAttention = status.state === 'needs-attention';
  await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
  await browser.action.setBadgeText({ text: needsAttention ? '!' : '' });
  await browser.action.setTitle({
    title: needsAttention ? `AlfaOne Invite: ${status.problem?.message ?? 'the API key needs attention'}` : 'AlfaOne Invite',
  });
}
