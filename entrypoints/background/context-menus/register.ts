import { browser, type Browser } from 'wxt/browser';
import { apiKey } from '@/lib/storage/api-key';
import { assessmentsCache, cachedFor, keyStatus, recentAssessmentIds, settings } from '@/lib/storage/items';
import { getTabCandidates, storedTabCandidates } from '../candidates-service';
import { sendInvite } from '../invites/send-invite';
import { notify } from '../notify';
import { openForm } from '../open-form';
import { planMenuClick, PARENTS, type MenuAction } from './plan';
import { buildMenuSpecs } from './specs';

let rebuilding: Promise<void> = Promise.resolve();

/** Recreates every menu from scratch: no duplicate-id errors however often the worker restarts. */
export function rebuildMenus(): Promise<void> {
  rebuilding = rebuilding.then(async () => {
    const [ids, cache, current] = await Promise.all([recentAssessmentIds.getValue(), assessmentsCache.getValue(), settings.getValue()]);
    const names = new Map(cachedFor(cache, current.baseUrl)?.assessments.map((a) => [a.id, a.name]));
    const recent = ids.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : []));
    await browser.contextMenus.removeAll();
    for (const spec of buildMenuSpecs(recent, false)) {
      await new Promise<void>((resolve) => browser.contextMenus.create(spec as Browser.contextMenus.CreateProperties, () => resolve()));
    }
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (active?.id !== undefined) await updatePageItem(active.id);
  }).catch(() => undefined);
  return rebuilding;
}

/** Shows the page item only on a tab where a candidate with an email was detected. */
export async function updatePageItem(tabId: number): Promise<void> {
  const visible = (await storedTabCandidates(tabId)).some((c) => c.email);
  await browser.contextMenus.update(PARENTS.page, { visible }).catch(() => undefined);
}

export function registerContextMenus(): void {
  browser.runtime.onInstalled.addListener(() => void rebuildMenus());
  browser.runtime.onStartup.addListener(() => void rebuildMenus());
  recentAssessmentIds.watch(() => void rebuildMenus());
  assessmentsCache.watch(() => void rebuildMenus());
  browser.tabs.onActivated.addListener(({ tabId }) => void updatePageItem(tabId));
  browser.contextMenus.onClicked.addListener((info, tab) => void handleClick(info, tab));
}

/** The one dispatcher: plan (pure), then carry it out. */
export async function handleClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<MenuAction> {
  // A key AlfaOne refused counts as none: the options page is where to fix it.
  const hasKey = Boolean(await apiKey.getValue()) && (await keyStatus.getValue()).state !== 'needs-attention';
  // The click granted activeTab: read the page afresh for names and page candidates.
  const candidates = hasKey && tab?.id !== undefined ? await getTabCandidates(tab.id) : [];
  const action = planMenuClick(info, { hasKey, candidates });
  await execute(action);
  return action;
}

async function execute(action: MenuAction): Promise<void> {
  switch (action.type) {
    case 'open-options':
      await browser.runtime.openOptionsPage();
      return;
    case 'nothing-found':
      await notify(`none:${Date.now()}`, 'No email address', 'Select an email address, or right-click an email link, then choose the assessment.');
      return;
    case 'open-form':
      await openForm({ candidates: action.candidates, assessmentId: action.assessmentId });
      return;
    case 'send': {
      const { inviteDefaults } = await settings.getValue();
      // The outbox reports the outcome with a notification; a failure was already reported there too.
      await sendInvite(
        { assessmentId: action.assessmentId, email: action.email, name: action.name, options: inviteDefaults, confirmDuplicate: false },
        'context-menu',
      ).catch(() => undefined);
      return;
    }
    case 'ignore':
      return;
  }
}
