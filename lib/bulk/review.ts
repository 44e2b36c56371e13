import type { Invite } from '@/lib/api/schemas';
import { formatDay } from '@/lib/format/date';
import type { ParsedLine } from './parsed-line';
import type { StartBulkLine } from './run-schema';
import { i18n } from '#i18n';
import { inviteStatusWord } from '@/lib/format/invite-status';

/** What a line will come to if the list is sent as it stands. */
export type Verdict =
  | { kind: 'new' }
  | { kind: 'repeated'; of: number }
  | { kind: 'already-invited'; invites: Invite[] }
  | { kind: 'invalid'; reason: string };

export interface ReviewItem extends ParsedLine {
  verdict: Verdict;
}

/** Addresses compare without case, as AlfaOne's duplicate check does. */
export const emailKey = (email: string) => email.trim().toLowerCase();

/** The distinct valid addresses of a list, to ask the background which already have a live invite. */
export function addressesToCheck(lines: readonly ParsedLine[]): string[] {
  const seen = new Map<string, string>();
  for (const l of lines)
    if (l.email && !l.problem && !seen.has(emailKey(l.email))) seen.set(emailKey(l.email), l.email);
  return [...seen.values()];
}

/** Each line's outcome-to-be: the first line of a person counts, later ones are repeats. */
export function reviewList(lines: readonly ParsedLine[], live: ReadonlyMap<string, Invite[]>): ReviewItem[] {
  const firstLine = new Map<string, number>();
  return lines.map((l): ReviewItem => {
    if (l.problem || !l.email)
      return { ...l, verdict: { kind: 'invalid', reason: l.problem ?? i18n.t('bulk.noEmail') } };
    const key = emailKey(l.email);
    const first = firstLine.get(key);
    if (first !== undefined) return { ...l, verdict: { kind: 'repeated', of: first } };
    firstLine.set(key, l.line);
    const invites = live.get(key);
    return { ...l, verdict: invites?.length ? { kind: 'already-invited', invites } : { kind: 'new' } };
  });
}

/** What goes out: every new person, and those already invited that the user chose one by one. */
export function countToSend(items: readonly ReviewItem[], chosen: ReadonlySet<number>): number {
  return items.filter((i) => i.verdict.kind === 'new' || (i.verdict.kind === 'already-invited' && chosen.has(i.line)))
    .length;
}

export function describeVerdict(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'new':
      return i18n.t('bulk.verdictNew');
    case 'repeated':
      return i18n.t('bulk.verdictRepeated', { line: verdict.of });
    case 'already-invited': {
      const [latest] = verdict.invites;
      const status = inviteStatusWord(latest?.status);
      return i18n.t('bulk.verdictInvited', { status, date: formatDay(latest?.sentAt) });
    }
    case 'invalid':
      return i18n.t('bulk.verdictInvalid', { reason: verdict.reason });
  }
}

/** The lines a run is started with: skipped ones too, so the results account for every line. */
export function toRunLines(items: readonly ReviewItem[], chosen: ReadonlySet<number>): StartBulkLine[] {
  return items.map((i) => {
    const base = {
      line: i.line,
      text: i.text.slice(0, 300),
      ...(i.email ? { email: i.email } : {}),
      ...(i.name ? { name: i.name } : {}),
    };
    if (i.verdict.kind === 'new') return { ...base, action: 'send' };
    if (i.verdict.kind === 'already-invited' && chosen.has(i.line))
      return { ...base, action: 'resend', knownInviteIds: i.verdict.invites.map((invite) => invite.id).slice(0, 50) };
    return { ...base, action: 'skip', note: describeVerdict(i.verdict).slice(0, 300) };
  });
}
