import type { Candidate } from '@/lib/candidates/candidate';
import { cautionOf } from '@/lib/candidates/prefill';
import { emailFromMailto, extractEmails } from '@/lib/email/extract';
import type { SeenTarget } from '@/lib/menu/seen-target';
import { i18n } from '#i18n';

// What a click on our context menu means, as a pure function of the click and what the extension knows.
// Unit-tested without a browser; register.ts carries the plan out.

export const PARENTS = { target: 'invite', page: 'invite-page' } as const;
export const menuParentTitle = (): string => i18n.t('menu.title');
export const CHOOSE = 'choose';

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
}

export interface PlanContext {
  hasKey: boolean;
  /** What was detected on the clicked tab, best first. */
  candidates: Candidate[];
  /** What the user could see of the right-clicked link or selection; unknown when the page could not be read. */
  seen?: SeenTarget;
}

export type MenuAction =
  | { type: 'open-options' }
  | { type: 'send'; assessmentId: string; email: string; name?: string }
  | { type: 'open-form'; candidates: Candidate[]; assessmentId?: string }
  | { type: 'nothing-found' }
  | { type: 'ignore' };

/**
 * `invite/assessment/<id>`, `invite/choose`, and under the page item `invite-page~<version>/…`: the version of what
 * its title showed (register.ts), so that a click names the candidate the user saw.
 */
export function childId(parent: string, child: { assessmentId: string } | typeof CHOOSE, version?: number): string {
  const head = version === undefined ? parent : `${parent}~${version}`;
  return child === CHOOSE ? `${head}/${CHOOSE}` : `${head}/assessment/${child.assessmentId}`;
}

/** The page item's version a click came from, or undefined for any other item. */
export function pageVersionOf(menuItemId: string | number): number | undefined {
  const match = /^invite-page~(\d+)\//.exec(String(menuItemId));
  return match ? Number(match[1]) : undefined;
}

/**
 * Whom the page item invites, from what the tab reported: the profile's owner, or the one address on the page;
 * several others go to the form, none is sent on a guess. The item's title names this candidate, and a click
 * sends to exactly it, never to what the page shows by then (it has seen the `contextmenu` event).
 */
export function pageChoice(candidates: readonly Candidate[]): { send?: Candidate; offered: Candidate[] } {
  const offered = candidates.filter((c) => c.email);
  // A role address or an organization's is offered, never sent in one click.
  const [best] = offered.filter((c) => !cautionOf(c));
  const profileOwner = best?.source === 'linkedin-contact-info' || best?.source === 'github-profile';
  return { send: best && (offered.length === 1 || profileOwner) ? best : undefined, offered };
}

/** The page item's title: who a click invites, as the user will see it. */
export function pageTitle(candidates: readonly Candidate[]): string {
  const { send, offered } = pageChoice(candidates);
  if (!send) return offered.length > 1 ? i18n.t('menu.peopleOnPage', { count: offered.length }) : menuParentTitle();
  return i18n.t('menu.invitePerson', { who: send.name ? `${send.name} (${send.email})` : send.email! });
}

export function planMenuClick(click: MenuClick, context: PlanContext): MenuAction {
  const [head = '', kind, assessmentId] = String(click.menuItemId).split('/');
  const parent = head.split('~')[0];
  if (parent !== PARENTS.target && parent !== PARENTS.page) return { type: 'ignore' };
  if (!context.hasKey) return { type: 'open-options' };

  const onPage = parent === PARENTS.page;
  const candidates = onPage ? pageChoice(context.candidates).offered : targetCandidates(click, context.candidates);
  if (candidates.length === 0) return { type: 'nothing-found' };
  if (kind === CHOOSE) return { type: 'open-form', candidates };
  if (kind !== 'assessment' || !assessmentId) return { type: 'ignore' };
  const chosen = onPage ? pageChoice(context.candidates).send : candidates.length === 1 ? candidates[0] : undefined;
  if (!chosen?.email) return { type: 'open-form', candidates, assessmentId };
  // A link or selection sends on one click only to an address the user could see there (SEC-9); otherwise the
  // form shows the address, and nothing is sent. (The page item is versioned against a swap instead.)
  if (!onPage && !wasVisible(chosen.email, click, context.seen)) return { type: 'open-form', candidates, assessmentId };
  return { type: 'send', assessmentId, email: chosen.email, name: chosen.name };
}

/** The addresses of a right-clicked `mailto:` link or selection, named when the page detected that person. */
function targetCandidates(click: MenuClick, detected: Candidate[]): Candidate[] {
  const fromLink = click.linkUrl?.startsWith('mailto:') ? emailFromMailto(click.linkUrl) : undefined;
  const emails = fromLink ? [fromLink] : extractEmails(click.selectionText ?? '');
  return emails.map((email) => {
    const known = detected.find((c) => c.email?.toLowerCase() === email.toLowerCase());
    return { email, name: known?.name, source: fromLink ? 'mailto-link' : 'page-text' };
  });
}

const lower = (emails: readonly string[]) => emails.map((e) => e.toLowerCase());

/** The link's visible text shows this address and no other, or the selection's visible text shows it. */
function wasVisible(email: string, click: MenuClick, seen: SeenTarget | undefined): boolean {
  if (!seen) return false;
  const wanted = email.toLowerCase();
  if (click.linkUrl?.startsWith('mailto:'))
    return seen.linkTexts.some((text) => {
      const shown = lower(extractEmails(text));
      return shown.length > 0 && shown.every((e) => e === wanted);
    });
  return lower(extractEmails(seen.selection)).includes(wanted);
}
