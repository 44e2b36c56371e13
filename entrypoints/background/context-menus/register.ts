import { browser, type Browser } from 'wxt/browser';
import { keyInForce } from '@/lib/storage/api-key';
import { assessmentsCache, cachedFor, keyStatus, recentAssessmentIds, settings } from '@/lib/storage/items';
import { pageMenuShown } from '@/lib/storage/session-items';
import type { Candidate } from '@/lib/candidates/candidate';
import { sendInviteRequestSchema } from '@/lib/messaging/views';
import { clearTabCandidates, getTabCandidates, storedTabCandidates } from '../candidates-service';
import { sendInvite } from '../invites/send-invite';
import { notify } from '../notify';
import { openForm } from '../open-form';
import { pageChoice, pageTitle, pageVersionOf, planMenuClick, PARENTS, type MenuAction } from './plan';
import { buildMenuSpecs, menuTitle } from './specs';
import { seenTarget, type SeenTarget } from '@/lib/menu/seen-target';
import { i18n } from '#i18n';

let rebuilding: Promise<void> = Promise.resolve();
/** Versions of the page item kept: a menu opened before the page changed still names what it showed. */
const KEEP_SHOWN = 4;

/** Menu work runs one step at a time: each step sees the menus the one before left. */
function serially(step: () => Promise<void>): Promise<void> {
  rebuilding = rebuilding.then(step).catch(() => undefined);
  return rebuilding;
}

/** Recreates every menu from scratch: no duplicate-id errors however often the worker restarts. */
export function rebuildMenus(): Promise<void> {
  return serially(async () => {
    await createAll();
    const active = await activeTabId();
    if (active !== undefined) await refreshPageItem(active);
  });
}

async function createAll(): Promise<void> {
  const [ids, cache, current, shown, status] = await Promise.all([
    recentAssessmentIds.getValue(),
    assessmentsCache.getValue(),
    settings.getValue(),
    pageMenuShown.getValue(),
    keyStatus.getValue(),
  ]);
  const names = new Map(cachedFor(cache, current.baseUrl, status)?.assessments.map((a) => [a.id, a.name]));
  const recent = ids.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : []));
  await browser.contextMenus.removeAll();
  for (const spec of buildMenuSpecs(recent, false, shown.at(-1)?.version ?? 0)) {
    await new Promise<void>((resolve) =>
      browser.contextMenus.create(spec as Browser.contextMenus.CreateProperties, () => resolve()),
    );
  }
}

/**
 * Shows the page item only on a tab where a candidate with an email was detected, titled with whom a click
 * invites. When that changes, its items are made anew under a new version: a click on an item of a menu shown
 * before sends to the candidate that menu named, or opens the form, never to what the page reported since.
 */
export function updatePageItem(tabId: number): Promise<void> {
  return serially(() => refreshPageItem(tabId));
}

async function refreshPageItem(tabId: number): Promise<void> {
  const candidates = await storedTabCandidates(tabId);
  const shown = await pageMenuShown.getValue();
  const last = shown.at(-1);
  if (!last || last.tabId !== tabId || choiceOf(last.candidates) !== choiceOf(candidates)) {
    await pageMenuShown.setValue([
      ...shown.slice(1 - KEEP_SHOWN),
      { version: (last?.version ?? 0) + 1, tabId, candidates },
    ]);
    await createAll();
  }
  const visible = candidates.some((c) => c.email);
  await browser.contextMenus
    .update(PARENTS.page, { visible, title: menuTitle(pageTitle(candidates)) })
    .catch(() => undefined);
}

/** What the page item offers, as its title and a click would use it. */
function choiceOf(candidates: readonly Candidate[]): string {
  const { send, offered } = pageChoice(candidates);
  return JSON.stringify([send?.email, send?.name, offered.map((c) => [c.email, c.name])]);
}

/**
 * A tab that navigates forgets what its last page reported; the content script reports the new one. Without the
 * `tabs` permission `url` is only given for our own sites (a LinkedIn in-app navigation): any other navigation
 * shows as `loading`.
 */
async function forgetOnNavigation(tabId: number, change: Browser.tabs.OnUpdatedInfo): Promise<void> {
  if (change.url === undefined && change.status !== 'loading') return;
  await clearTabCandidates(tabId);
  // The page item shows the tab in front: a tab loading behind it leaves the item as it is.
  if ((await activeTabId()) === tabId) await updatePageItem(tabId);
}

async function activeTabId(windowId?: number): Promise<number | undefined> {
  const query = windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId };
  const [tab] = await browser.tabs.query(query).catch(() => []);
  return tab?.id;
}

/** Another window in front: the page item follows its tab. */
async function followWindow(windowId: number): Promise<void> {
  if (windowId === browser.windows.WINDOW_ID_NONE) return;
  const tabId = await activeTabId(windowId);
  if (tabId !== undefined) await updatePageItem(tabId);
}

export function registerContextMenus(): void {
  browser.runtime.onInstalled.addListener(() => void rebuildMenus());
  browser.runtime.onStartup.addListener(() => void rebuildMenus());
  recentAssessmentIds.watch(() => void rebuildMenus());
  assessmentsCache.watch(() => void rebuildMenus());
  browser.tabs.onActivated.addListener(({ tabId }) => void updatePageItem(tabId));
  browser.windows.onFocusChanged.addListener((windowId) => void followWindow(windowId));
  browser.tabs.onUpdated.addListener((tabId, change) => void forgetOnNavigation(tabId, change));
  browser.contextMenus.onClicked.addListener((info, tab) => void handleClick(info, tab));
}

/** The one dispatcher: plan (pure), then carry it out. */
export async function handleClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<MenuAction> {
  // A key AlfaOne refused counts as none: the options page is where to fix it.
  const hasKey = Boolean(await keyInForce()) && (await keyStatus.getValue()).state !== 'needs-attention';
  // The page item sends to the candidate its title showed, never to what the page holds after seeing the right
  // click. A selection or link comes from the browser; the click granted activeTab to read names afresh for it.
  const onPage = String(info.menuItemId).startsWith(PARENTS.page);
  const candidates =
    hasKey && tab?.id !== undefined
      ? await (onPage ? shownOnPage(info.menuItemId, tab.id) : getTabCandidates(tab.id))
      : [];
  const seen = hasKey && !onPage && tab?.id !== undefined ? await seenIn(tab.id, info) : undefined;
  const action =
    onPage && candidates === undefined
      ? await formForPage(tab?.id)
      : planMenuClick(info, { hasKey, candidates: candidates ?? [], seen });
  await execute(action);
  return action;
}

/**
 * What the user could see of the right-clicked link or selection, read in its frame (the click granted activeTab).
 * Unknown (no access, a browser page) means no one-click send: the form opens instead.
 */
async function seenIn(tabId: number, info: Browser.contextMenus.OnClickData): Promise<SeenTarget | undefined> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [info.frameId ?? 0] },
      func: seenTarget,
      args: [info.linkUrl ?? null, true],
    });
    const result = frame?.result as Partial<SeenTarget> | undefined;
    // The page's frame produced this: checked like any message from a content script.
    if (!Array.isArray(result?.linkTexts) || typeof result.selection !== 'string') return undefined;
    const texts = result.linkTexts.filter((t): t is string => typeof t === 'string').map((t) => t.slice(0, 2_000));
    return { linkTexts: texts.slice(0, 50), selection: result.selection.slice(0, 2_000) };
  } catch {
    return undefined;
  }
}

/** What the clicked page item named, if its version is still known for this tab. */
async function shownOnPage(menuItemId: string | number, tabId: number): Promise<Candidate[] | undefined> {
  const version = pageVersionOf(menuItemId);
  return (await pageMenuShown.getValue()).find((r) => r.version === version && r.tabId === tabId)?.candidates;
}

/** A page item whose menu is no longer known (a restarted browser, another tab): the form, to choose there. */
async function formForPage(tabId: number | undefined): Promise<MenuAction> {
  const offered = tabId === undefined ? [] : pageChoice(await storedTabCandidates(tabId)).offered;
  return offered.length === 0 ? { type: 'nothing-found' } : { type: 'open-form', candidates: offered };
}

async function execute(action: MenuAction): Promise<void> {
  switch (action.type) {
    case 'open-options':
      await browser.runtime.openOptionsPage();
      return;
    case 'nothing-found':
      await notify(`none:${Date.now()}`, i18n.t('menu.noEmailTitle'), i18n.t('menu.noEmailText'));
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
