import { isRoleAddress } from '@/lib/email/role-address';
import type { Candidate } from './candidate-schema';

// Where no candidate is, we propose no one (docs/product.md, Rules of behaviour): a role address (jobs@, info@) or
// an address from a page about no person (a careers page, an organization's) is offered, never prefilled. Decided
// here, where the pages read candidates, so the content script on every page carries none of it.

export type Caution = 'role-address' | 'careers-page' | 'organization-page';

/** Why a candidate is only offered, or undefined when it may be prefilled. */
export function cautionOf(c: Pick<Candidate, 'email' | 'foundOn'>): Caution | undefined {
  return c.email && isRoleAddress(c.email) ? 'role-address' : c.foundOn;
}

/** The candidate the form is prefilled with: the first with an address that may be prefilled, else such a name. */
export function prefillOf<C extends Candidate>(candidates: readonly C[]): C | undefined {
  const fit = candidates.filter((c) => !cautionOf(c));
  return fit.find((c) => c.email) ?? fit[0];
}
