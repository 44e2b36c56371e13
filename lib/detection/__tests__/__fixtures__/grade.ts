import type { Candidate } from '@/lib/candidates/candidate';
import { prefillOf } from '@/lib/candidates/prefill';
import type { FixtureCase } from './cases';

export type Grade = 'right' | 'wrong' | 'harmful';

const lower = (s: string | undefined) => (s ?? '').toLowerCase();

/**
 * Harmful: an address offered that is not its candidate's (the viewer's, a colleague's, another person's
 * under this name), or a prefilled address that is not the expected one. Right: the expected candidate
 * prefilled and, on a many-people page, everyone offered with their own address. Anything else is wrong.
 */
export function grade(c: FixtureCase, found: readonly Candidate[]): { grade: Grade; why: string } {
  const addressOf = new Map((c.people ?? [c.first]).filter((p) => p.email).map((p) => [p.name, lower(p.email)]));
  const never = new Set((c.never ?? []).map(lower));
  for (const f of found) {
    if (f.email && never.has(lower(f.email))) return { grade: 'harmful', why: `offered ${f.email}` };
    const own = f.name && addressOf.get(f.name);
    if (f.email && own && own !== lower(f.email)) return { grade: 'harmful', why: `${f.name} paired with ${f.email}` };
  }
  const top = prefillOf(found); // as the popup prefills: never a role address or a page about no one
  if (top?.email && lower(top.email) !== lower(c.first.email)) return { grade: 'harmful', why: `prefilled ${top.email}` };
  if ((top?.email ?? '') !== c.first.email || (top?.name ?? '') !== c.first.name) {
    return { grade: 'wrong', why: `prefilled ${JSON.stringify([top?.email, top?.name])}` };
  }
  const missing = (c.people ?? []).filter((p) => !found.some((f) => lower(f.email) === lower(p.email) && f.name === p.name));
  return missing.length ? { grade: 'wrong', why: `missing ${missing.map((p) => p.name).join(', ')}` } : { grade: 'right', why: '' };
}

/** Whether the name prefilled is the one expected ('' when none is). */
export const nameRight = (c: FixtureCase, found: readonly Candidate[]): boolean =>
  (prefillOf(found)?.name ?? '') === c.first.name;
