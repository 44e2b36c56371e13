import type { Candidate, CandidateSource } from '@/lib/candidates/candidate';
import { FILLABLE } from '@/lib/candidates/merge';
import { emailFromMailto, extractEmails } from '@/lib/email/extract';
import { queryVisible, textOf } from './dom';

/** A profile's address: its `mailto:` link when there is one, else the address written in its email item. */
export function profileEmail(root: ParentNode, links: readonly string[], items: readonly string[]): string | undefined {
  const link = queryVisible(root, links);
  const fromLink = link && emailFromMailto(link.getAttribute('href') ?? '');
  if (fromLink) return fromLink;
  const item = queryVisible(root, items);
  return item && extractEmails(textOf(item))[0];
}

type Fields = Partial<Record<(typeof FILLABLE)[number], string | undefined>>;

/** A profile's person, with only the fields found (empty ones left out); none without an email or a name. */
export function profileCandidate(source: CandidateSource, fields: Fields): Candidate[] {
  if (!fields.email && !fields.name) return [];
  const candidate: Candidate = { source };
  for (const key of FILLABLE) {
    const value = fields[key];
    if (value) candidate[key] = value;
  }
  return [candidate];
}
