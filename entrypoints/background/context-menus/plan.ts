import type { Candidate } from '@/lib/candidates/candidate';
import { emailFromMailto, extractEmails } from '@/lib/email/extract';

// What a click on our context menu means, as a pure function of the click and what the extension knows.
// Unit-tested without a browser; register.ts carries the plan out.

export const PARENTS = { target: 'invite', page: 'invite-page' } as const;
export const TITLE = 'Invite to AlfaOne';
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
}

export type MenuAction =
  | { type: 'open-options' }
  | { type: 'send'; assessmentId: string; email: string; name?: string }
  | { type: 'open-form'; candidates: Candidate[]; assessmentId?: string }
  | { type: 'nothing-found' }
  | { type: 'ignore' };

/** `invite/assessment/<id>`, `invite/choose`, and the same under `invite-page`. */
export function childId(parent: string, child: { assessmentId: string } | typeof CHOOSE): string {
  return child === CHOOSE ? `${parent}/${CHOOSE}` : `${parent}/assessment/${child.assessmentId}`;
}

export function planMenuClick(click: MenuClick, context: PlanContext): MenuAction {
  const [parent, kind, assessmentId] = String(click.menuItemId).split('/');
  if (parent !== PARENTS.target && parent !== PARENTS.page) return { type: 'ignore' };
  if (!context.hasKey) return { type: 'open-options' };

  const candidates = parent === PARENTS.page ? context.candidates.filter((c) => c.email) : targetCandidates(click, context.candidates);
  if (candidates.length === 0) return { type: 'nothing-found' };
  if (kind === CHOOSE) return { type: 'open-form', candidates };
  if (kind !== 'assessment' || !assessmentId) return { type: 'ignore' };
  const [best] = candidates;
  // Several addresses and no profile owner among them: each is offered in the form, none is sent on a guess.
  const profileOwner = best!.source === 'linkedin-contact-info' || best!.source === 'github-profile';
  if (candidates.length > 1 && !(parent === PARENTS.page && profileOwner)) return { type: 'open-form', candidates, assessmentId };
  return { type: 'send', assessmentId, email: best!.email!, name: best!.name };
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
