import type { IndexedInvite } from './record';

// The Follow up view's groups (docs/product.md, Follow up), from the local index alone: what the candidates did
// since the invite, and what needs a nudge. Pure: the background reads the index, this sorts it into groups.

export const FOLLOW_UP_GROUPS = ['completed', 'started', 'accepted', 'notStarted', 'expiringSoon', 'expired'] as const;
export type FollowUpGroupName = (typeof FOLLOW_UP_GROUPS)[number];

/** Pending invites expiring within this are "Expiring soon". */
export const EXPIRING_SOON_MS = 48 * 3_600_000;

export interface FollowUpRow {
  id: string;
  recipientEmail: string;
  recipientName: string | null;
  assessmentId: string;
  assessmentName: string;
  status: string;
  /** When the status it shows began (completed, started, accepted), or the invite was sent, or expires (lapsed). */
  statusAt: string;
  expiresAt: string;
  /** A lapsed invite's newer invite to the same person for the same assessment (invited again). */
  again?: { id: string; status: string; sentAt: string };
}

export interface FollowUpGroup {
  name: FollowUpGroupName;
  /** Every invite of the group; `rows` holds the first of them. */
  count: number;
  rows: FollowUpRow[];
}

/** Which group an invite is in, or none (a status this version does not know). */
export function groupOf(record: IndexedInvite, now: number): FollowUpGroupName | null {
  switch (record.status) {
    case 'completed':
      return 'completed';
    case 'started':
      return 'started';
    case 'accepted':
      return 'accepted';
    // Lapsed either way: both can be invited again (docs/product.md, Follow up).
    case 'expired':
    case 'revoked':
      return 'expired';
    case 'pending': {
      const left = Date.parse(record.expiresAt) - now;
      // AlfaOne has not caught up with a date already past: it has lapsed all the same.
      if (left <= 0) return 'expired';
      return left <= EXPIRING_SOON_MS ? 'expiringSoon' : 'notStarted';
    }
    default:
      return null;
  }
}

function statusAt(record: IndexedInvite, group: FollowUpGroupName): string {
  if (group === 'completed') return record.completedAt ?? record.sentAt;
  if (group === 'started') return record.startedAt ?? record.sentAt;
  if (group === 'accepted') return record.acceptedAt ?? record.sentAt;
  // AlfaOne gives no date for a revocation: the send's date goes with it.
  if (record.status === 'revoked') return record.sentAt;
  if (group === 'expired' || group === 'expiringSoon') return record.expiresAt;
  return record.sentAt;
}

function againOf(record: IndexedInvite, latest: IndexedInvite | undefined): Pick<FollowUpRow, 'again'> {
  if (!latest || latest.id === record.id || latest.sentAt <= record.sentAt) return {};
  return { again: { id: latest.id, status: latest.status, sentAt: latest.sentAt } };
}

/** One row of `group`; `latest`: the newest invite to the same person for the same assessment (lapsed rows). */
export function rowOf(record: IndexedInvite, group: FollowUpGroupName, latest?: IndexedInvite): FollowUpRow {
  return {
    id: record.id,
    recipientEmail: record.recipientEmail,
    recipientName: record.recipientName,
    assessmentId: record.assessmentId,
    assessmentName: record.assessmentName,
    status: record.status,
    statusAt: statusAt(record, group),
    expiresAt: record.expiresAt,
    ...(group === 'expired' ? againOf(record, latest) : {}),
  };
}

/** The newest invite of each person and assessment among `records`. */
export function newestPerPair(records: readonly IndexedInvite[]): Map<string, IndexedInvite> {
  const newest = new Map<string, IndexedInvite>();
  for (const record of records) {
    const pair = pairOf(record);
    if (record.sentAt > (newest.get(pair)?.sentAt ?? '')) newest.set(pair, record);
  }
  return newest;
}

export const pairOf = (record: IndexedInvite) => `${record.email}\n${record.assessmentId}`;

/** The sort key of a row in its group: the newest change first; the soonest to expire first. */
const byGroupOrder = (group: FollowUpGroupName) =>
  group === 'expiringSoon'
    ? (a: FollowUpRow, b: FollowUpRow) => a.statusAt.localeCompare(b.statusAt)
    : (a: FollowUpRow, b: FollowUpRow) => b.statusAt.localeCompare(a.statusAt);

/** Completed since the user last looked (`seenAt`; null: never looked, so there is nothing to compare with). */
export const isNewCompletion = (row: FollowUpRow, seenAt: number | null) =>
  row.status === 'completed' && seenAt !== null && Date.parse(row.statusAt) > seenAt;

/**
 * `records` into the six groups, each in its order, at most `perGroup` rows each. `keepOrder`: the records are
 * already in the order to show (search results, best match first).
 */
export function groupForFollowUp(
  records: readonly IndexedInvite[],
  { now, perGroup, keepOrder = false }: { now: number; perGroup: number; keepOrder?: boolean },
): FollowUpGroup[] {
  const rows = new Map<FollowUpGroupName, FollowUpRow[]>(FOLLOW_UP_GROUPS.map((name) => [name, []]));
  const newest = newestPerPair(records);
  for (const record of records) {
    const group = groupOf(record, now);
    if (group) rows.get(group)!.push(rowOf(record, group, newest.get(pairOf(record))));
  }
  return FOLLOW_UP_GROUPS.map((name) => {
    const all = rows.get(name)!;
    if (!keepOrder) all.sort(byGroupOrder(name));
    return { name, count: all.length, rows: all.slice(0, perGroup) };
  });
}
