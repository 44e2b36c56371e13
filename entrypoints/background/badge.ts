import { browser } from 'wxt/browser';
import type { Candidate } from '@/lib/candidates/candidate';
import { cautionOf } from '@/lib/candidates/prefill';
import { openIndexDb } from '@/lib/invite-index/db';
import { summarize } from '@/lib/invite-index/lookup';
import { invitesFor } from '@/lib/invite-index/store';
import { keyStatus } from '@/lib/storage/items';
import { i18n } from '#i18n';
import { inviteStatusWord } from '@/lib/format/invite-status';

const ALERT_COLOR = '#b42318';
const COUNT_COLOR = '#1d4ed8';
/** "Already invited" gets a mark and colour of its own (docs/product.md, Side panel: on arrival). */
const INVITED_COLOR = '#166534';
const INVITED_MARK = '✓';

/** The button's plain title: the test environment says so (docs/product.md, Keys: the test one unmistakable). */
const plainTitle = (status: { mode?: string }) =>
  status.mode === 'test' ? i18n.t('badge.testKey') : i18n.t('extName');

/** The toolbar badge: "!" everywhere while the key needs attention. */
export async function updateBadge(): Promise<void> {
  const status = await keyStatus.getValue();
  const needsAttention = status.state === 'needs-attention';
  await browser.action.setBadgeBackgroundColor({ color: ALERT_COLOR });
  await browser.action.setBadgeText({ text: needsAttention ? '!' : '' });
  const title = needsAttention
    ? i18n.t('badge.needsAttention', { problem: status.problem?.message ?? i18n.t('badge.keyNeedsAttention') })
    : plainTitle(status);
  await browser.action.setTitle({ title });
  // A tab's own title outlives a change of key (a switch to live must not leave "test key in force" on a tab):
  // each goes back to this one until its page reports again.
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.action.setTitle({ tabId: tab.id, title }).catch(() => {}),
    ),
  );
}

/**
 * On a LinkedIn or GitHub tab, unless the key needs attention: ✓ when a candidate there already has a live
 * invite (from the local index, no request), else the number of candidates found.
 */
export async function setTabCount(tabId: number, candidates: readonly Candidate[]): Promise<void> {
  const status = await keyStatus.getValue();
  if (status.state === 'needs-attention') return;
  const invited = await liveInviteFor(candidates).catch(() => null);
  // A role address or an organization's is no one proposed (lib/candidates/prefill.ts).
  const proposed = candidates.filter((c) => !cautionOf(c)).length;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: invited ? INVITED_COLOR : COUNT_COLOR });
    await browser.action.setBadgeText({
      tabId,
      text: invited ? INVITED_MARK : proposed > 0 ? String(proposed) : '',
    });
    await browser.action.setTitle({
      tabId,
      title: invited
        ? i18n.t('badge.alreadyInvited', {
            email: invited.email,
            assessment: invited.assessmentName,
            status: inviteStatusWord(invited.status),
          })
        : plainTitle(status),
    });
  } catch {
    // The tab closed meanwhile.
  }
}

async function liveInviteFor(candidates: readonly Candidate[]) {
  const emails = candidates.flatMap((c) => (c.email ? [c.email] : []));
  if (emails.length === 0) return null;
  const db = await openIndexDb();
  for (const email of emails) {
    const [live] = summarize(await invitesFor(db, email)).live;
    if (live) return live;
  }
  return null;
}
