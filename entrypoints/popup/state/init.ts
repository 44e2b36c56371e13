import { browser } from 'wxt/browser';
import type { Candidate } from '@/lib/candidates/candidate';
import { callBackground } from '@/lib/messaging/call';
import { readFirstPaintCopy, sameCopy, writeFirstPaintCopy, type FirstPaintCopy } from '@/lib/storage/first-paint';
import {
  assessmentDefaults,
  assessmentsCache,
  cachedFor,
  keyStatus,
  outbox,
  recentAssessmentIds,
  settings,
} from '@/lib/storage/items';
import { FOLLOW_UP_GROUPS, type FollowUpGroupName } from '@/lib/invite-index/follow-up';
import { usePopupStore } from '../store';
import type { View } from './session-slice';

const followGroupOf = (name: string | null) =>
  FOLLOW_UP_GROUPS.includes(name as FollowUpGroupName) ? (name as FollowUpGroupName) : null;

/**
 * The view the page opens on: the form, or (from a notification's window) Recent invites or Follow up on a group.
 * Set before the first render, so that render is that view and its local read starts at once; a page opened on
 * another view than the form shows no saved form first (lib/storage/first-paint-view.ts).
 */
export function openOnView(params = new URLSearchParams(location.search)): View {
  const view = params.get('view');
  if (view === 'follow') usePopupStore.setState({ followGroup: followGroupOf(params.get('group')) });
  if (view === 'follow' || view === 'recent') usePopupStore.getState().showView(view);
  return usePopupStore.getState().view;
}

/**
 * The first render's state from the synchronous copy (lib/storage/first-paint.ts), when there is one: the page
 * can render at once, and `loadFromStorage` confirms it. Returns whether there was one.
 */
export function applyFirstPaintCopy(): FirstPaintCopy | null {
  const copy = readFirstPaintCopy();
  if (copy) apply(copy);
  return copy;
}

function apply(copy: FirstPaintCopy): void {
  usePopupStore.getState().setAssessments(copy.assessments, copy.recentIds);
  usePopupStore.setState({ key: copy.key, options: copy.inviteDefaults });
}

/**
 * Everything the first render needs, from local storage only (docs/product.md budgets: no request before the
 * first paint). The candidate is asked for at once, alongside: it is what the user waits for.
 */
export async function loadFromStorage(
  rendered: FirstPaintCopy | null = null,
  params = new URLSearchParams(location.search),
): Promise<void> {
  const store = usePopupStore.getState;
  const prefill = params.has('draft')
    ? loadDraft()
    : loadCandidates().then((candidates) => ({ candidates, assessmentId: undefined }));
  void prefill.then(({ candidates, assessmentId }) => {
    store().offerCandidates(candidates);
    if (assessmentId) usePopupStore.setState({ selectedId: assessmentId });
  });
  const [key, cache, recentIds, current, entries] = await Promise.all([
    keyStatus.getValue(),
    assessmentsCache.getValue(),
    recentAssessmentIds.getValue(),
    settings.getValue(),
    outbox.getValue(),
  ]);
  // For `npm run bench`: when local storage had answered (the first render cannot come before it).
  performance.mark('popup-storage-read');
  // The outbox changes as the background works through it: mirror it, so queued invites show their state.
  outbox.watch((next) => usePopupStore.setState({ outbox: next }));
  // A key switched or saved elsewhere (another popup, the side panel, the options page): follow it.
  keyStatus.watch((next) => store().keyChanged(next));
  // Drawn from the copy: the comparison and the copy's rewrite wait for that paint, so nothing of ours runs
  // between the first render and its frame.
  if (rendered) await firstContentfulPaint();
  const fresh: FirstPaintCopy = {
    key,
    assessments: cachedFor(cache, current.baseUrl, key)?.assessments ?? [],
    recentIds,
    inviteDefaults: current.inviteDefaults,
  };
  // Rendered from the copy already: only a difference re-renders (the copy was stale: a key changed meanwhile).
  if (!sameCopy(rendered, fresh)) apply(fresh);
  usePopupStore.setState({ outbox: entries });
  keepFirstPaintCopy(fresh);
  void followAssessmentDefaults(current.inviteDefaults);
}

/**
 * The form's options start from the picked assessment's remembered defaults, else the global ones (docs/product.md,
 * Per-assessment defaults): on each pick, and as they are remembered or removed elsewhere.
 */
async function followAssessmentDefaults(globalDefaults: FirstPaintCopy['inviteDefaults']): Promise<void> {
  usePopupStore.setState({ globalDefaults, assessmentDefaults: await assessmentDefaults.getValue() });
  prefillOptions();
  assessmentDefaults.watch((next) => usePopupStore.setState({ assessmentDefaults: next }));
  usePopupStore.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId) prefillOptions();
  });
}

function prefillOptions(): void {
  const { selectedId, assessmentDefaults: remembered, globalDefaults: fallback } = usePopupStore.getState();
  usePopupStore.setState({ options: (selectedId && remembered[selectedId]?.options) || fallback });
}

/**
 * The copy follows what this page shows from now on: the list AlfaOne answers, a key switched or refused, and invite
 * defaults changed in the options, which this page takes at once (never writing back the ones it read at start).
 */
function keepFirstPaintCopy(initial: FirstPaintCopy): void {
  let copy = initial;
  const keep = (patch: Partial<FirstPaintCopy>) => writeFirstPaintCopy((copy = { ...copy, ...patch }));
  writeFirstPaintCopy(copy);
  usePopupStore.subscribe((state, previous) => {
    if (
      state.key === previous.key &&
      state.assessments === previous.assessments &&
      state.recentIds === previous.recentIds
    )
      return;
    if (state.key) keep({ key: state.key, assessments: state.assessments, recentIds: state.recentIds });
  });
  settings.watch((next) => {
    if (!next) return;
    // The new global defaults, unless the picked assessment has its own.
    usePopupStore.setState({ globalDefaults: next.inviteDefaults });
    prefillOptions();
    keep({ inviteDefaults: next.inviteDefaults });
  });
}

/**
 * Stale-while-revalidate: AlfaOne is asked only once the cached list is on screen and local storage has confirmed
 * the key it was drawn with (`stored`, from `loadFromStorage`).
 */
export async function revalidateAfterPaint(stored: Promise<void>): Promise<void> {
  // A storage failure (shown by loadFromStorage's own path) does not keep AlfaOne from being asked.
  await Promise.all([stored.catch(() => undefined), firstContentfulPaint()]);
  // The search tables are built while the user reads, so the first keystroke does not pay for them.
  usePopupStore.getState().searchIndex.prepare();
  if (usePopupStore.getState().key?.state !== 'connected') return;
  await usePopupStore.getState().refreshAssessments();
  usePopupStore.getState().searchIndex.prepare();
}

let painted: Promise<void> | undefined;

/**
 * Resolves once the browser reports the first contentful paint (the frame on screen, not just drawn by the
 * page), or after three seconds for a surface that is not painted (a hidden one, or a browser without paint timing).
 * One observer per page, however many wait for it.
 */
function firstContentfulPaint(): Promise<void> {
  painted ??= paintObserved();
  return painted;
}

function paintObserved(): Promise<void> {
  const seen = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  return new Promise((resolve) => {
    if (seen()) return resolve();
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 3000);
    const observer =
      typeof PerformanceObserver === 'function' ? new PerformanceObserver(() => seen() && done()) : undefined;
    observer?.observe({ type: 'paint', buffered: true });
  });
}

async function loadDraft(): Promise<{ candidates: Candidate[]; assessmentId?: string }> {
  const result = await callBackground('takeFormDraft');
  return result.ok && result.data ? result.data : { candidates: [] };
}

async function loadCandidates(): Promise<Candidate[]> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (tab?.id === undefined) return [];
  const result = await callBackground('getTabCandidates', { tabId: tab.id });
  return result.ok ? result.data : [];
}
