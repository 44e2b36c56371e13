import type { Candidate } from '@/lib/candidates/candidate';

/** The candidates found on a page as lines of the list, and what was left out. */
export function draftToText(candidates: Candidate[]): { text: string; draftNote: string } {
  const withEmail = candidates.filter((c) => c.email);
  const text = withEmail.map((c) => (c.name ? `${c.name} <${c.email}>` : c.email!)).join('\n');
  const left = candidates.length - withEmail.length;
  const found = `${withEmail.length} ${withEmail.length === 1 ? 'person' : 'people'} from the page.`;
  return {
    text,
    draftNote: left ? `${found} ${left} without an address ${left === 1 ? 'was' : 'were'} left out.` : found,
  };
}
