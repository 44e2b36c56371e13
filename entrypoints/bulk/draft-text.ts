import type { Candidate } from '@/lib/candidates/candidate';
import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

/** The candidates found on a page as lines of the list, and what was left out. */
export function draftToText(candidates: Candidate[]): { text: string; draftNote: string } {
  const withEmail = candidates.filter((c) => c.email);
  const text = withEmail.map((c) => (c.name ? `${c.name} <${c.email}>` : c.email!)).join('\n');
  const left = candidates.length - withEmail.length;
  const found = i18n.t('bulk.fromPage', withEmail.length, { count: formatNumber(withEmail.length) });
  return {
    text,
    draftNote: left ? `${found} ${i18n.t('bulk.leftOut', left, { count: formatNumber(left) })}` : found,
  };
}
