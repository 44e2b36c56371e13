import { isLive, type IndexedInvite } from './record';

// The answer to "what do we have for this email?" (docs/product.md, Side panel): every live invite, and the
// latest finished one, across all assessments.

export interface InviteSummary {
  live: IndexedInvite[];
  lastFinished: IndexedInvite | null;
}

const newestFirst = (a: IndexedInvite, b: IndexedInvite) => b.sentAt.localeCompare(a.sentAt);

export function summarize(records: readonly IndexedInvite[]): InviteSummary {
  const sorted = [...records].sort(newestFirst);
  return { live: sorted.filter((r) => isLive(r.status)), lastFinished: sorted.find((r) => !isLive(r.status)) ?? null };
}
