import { browser } from 'wxt/browser';
import { keyStatus } from '@/lib/storage/items';

const ALERT_COLOR = '#b42318';
const COUNT_COLOR = '#1d4ed8';

/** The toolbar badge: "!" everywhere while the key needs attention. */
export async function updateBadge(): Promise<void> {
  const status = await keyStatus.getValue();
  const needsAttention = status.state === 'needs-attention';
  await browser.action.setBadgeBackgroundColor({ color: ALERT_COLOR });
  await browser.action.setBadgeText({ text: needsAttention ? '!' : '' });
  await browser.action.setTitle({
    title: needsAttention ? `AlfaOne Invite: ${status.problem?.message ?? 'the API key needs attention'}` : 'AlfaOne Invite',
  });
}

/** The number of candidates found on a LinkedIn or GitHub tab, unless the key needs attention. */
export async function setTabCount(tabId: number, count: number): Promise<void> {
  if ((await keyStatus.getValue()).state === 'needs-attention') return;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: COUNT_COLOR });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // The tab closed meanwhile.
  }
}
