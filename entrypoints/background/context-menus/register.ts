import { browser, type Browser } from 'wxt/browser';
import { apiKey } from '@/lib/storage/api-key';
import { assessmentsCache, cachedFor, keyStatus, recentAssessmentIds, settings } from '@/lib/storage/items';
import { sendInviteRequestSchema } from '@/lib/messaging/views';
import { clearTabCandidates, getTabCandidates, storedTabCandidates } from '../candidates-service';
import { sendInvite } from '../invites/send-invite';
import { notify } from '../notify';
import { openForm } from '../open-form';
import { pageTitle, planMenuClick, PARENTS, type MenuAction } from './plan';
import { buildMenuSpecs, menuTitle } from './specs';

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

/**
 * Shows the page item only on a tab where a candidate with an email was detected, titled with whom a click
 * invites: the candidate is captured here, before any menu is shown, and a click sends to exactly it.
 */
export async function updatePageItem(tabId: number): Promise<void> {
  const candidates = await storedTabCandidates(tabId);
  const visible = candidates.some((c) => c.email);
  await browser.contextMenus.update(PARENTS.page, { visible, title: menuTitle(pageTitle(candidates)) }).catch(() => undefined);
}

/**
 * A tab that navigates forgets what its last page reported; the content script reports the new one. Without the
 * `tabs` permission `url` is only given for our own sites (a LinkedIn in-app navigation): any other navigation
 * shows as `loading`.
 */
async function forgetOnNavigation(tabId: number, change: Browser.tabs.OnUpdatedInfo): Promise<void> {
  if (change.url === undefined && change.status !== 'loading') return;
  await clearTabCandidates(tabId);
  await updatePageItem(tabId);
}

export function registerContextMenus(): void {
  browser.runtime.onInstalled.addListener(() => void rebuildMenus());
  browser.runtime.onStartup.addListener(() => void rebuildMenus());
  recentAssessmentIds.watch(() => void rebuildMenus());
  assessmentsCache.watch(() => void rebuildMenus());
  browser.tabs.onActivated.addListener(({ tabId }) => void updatePageItem(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => void forgetOnNavigation(tabId, change));
  browser.contextMenus.onClicked.addListener((info, tab) => void handleClick(info, tab));
}

/** The one dispatcher: plan (pure), then carry it out. */
export async function handleClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<MenuAction> {
  // A key AlfaOne refused counts as none: the options page is where to fix it.
  const hasKey = Boolean(await apiKey.getValue()) && (await keyStatus.getValue()).state !== 'needs-attention';
  // The page item sends to the candidate its title showed, never to what the page holds after seeing the right
  // click. A selection or link comes from the browser; the click granted activeTab to read names afresh for it.
  const onPage = String(info.menuItemId).startsWith(`${PARENTS.page}/`);
  const read = onPage ? storedTabCandidates : getTabCandidates;
  const candidates = hasKey && tab?.id !== undefined ? await read(tab.id) : [];
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
      // The popup's own checks (docs/security.md MSG-4): what fails them goes to the form, to be corrected there.
      const request = sendInviteRequestSchema.safeParse({
        assessmentId: action.assessmentId,
        email: action.email,
        name: action.name,
        options: inviteDefaults,
        confirmDuplicate: false,
      });
      if (!request.success) {
        await openForm({ candidates: [{ email: action.email, source: 'page-text' }], assessmentId: undefined });
        return;
      }
      // The outbox reports the outcome with a notification; a failure was already reported there too.
      await sendInvite(request.data, 'context-menu').catch(() => undefined);
      return;
    }
    case 'ignore':
      return;
  }
}
