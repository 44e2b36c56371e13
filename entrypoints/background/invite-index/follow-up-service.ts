import { AppError } from '@/lib/api/errors';
import { openIndexDb } from '@/lib/invite-index/db';
import { groupForFollowUp } from '@/lib/invite-index/follow-up';
import type { FollowUpView } from '@/lib/invite-index/status';
import { readFollowUpGroups } from '@/lib/invite-index/follow-up-read';
import { searchMemo } from '@/lib/invite-index/search-memo';
import { invitesFor, readState, searchInvites } from '@/lib/invite-index/store';
import type { SendInviteOutcome } from '@/lib/messaging/views';
import { followUpSeenAt, settings } from '@/lib/storage/items';
import { sendInvite } from '../invites/send-invite';
import { currentOwner } from './owner';
import { indexStatus } from './lookup-service';

// The Follow up view (docs/product.md, Follow up): the index's invites in groups, with no request to AlfaOne; and
// "Invite again" for a lapsed one, which is an ordinary send through the outbox.

/** Rows per group the view shows (it says how many more there are). */
const ROWS_PER_GROUP = 100;
/** Matches a search groups, at most. */
const SEARCH_LIMIT = 1_000;

/** `opening`: the view opens now; the answer says when the user last looked, and this look becomes the last. */
export async function listFollowUp(query: string, opening: boolean): Promise<FollowUpView> {
  const [db, who] = await Promise.all([openIndexDb(), currentOwner()]);
  const state = await readState(db);
  const index = await indexStatus(db, who, state);
  const lastLook = opening ? await followUpSeenAt.getValue() : null;
  if (opening) await followUpSeenAt.setValue(Date.now());
  // Only the key in force's own invites: an index another key filled (about to be emptied) shows nothing.
  const owned = who && index.state !== 'off' && state?.owner === who.owner;
  const now = Date.now();
  const groups = !owned
    ? groupForFollowUp([], { now, perGroup: ROWS_PER_GROUP })
    : query.trim()
      ? groupForFollowUp(await searchInvites(db, query, SEARCH_LIMIT), {
          now,
          perGroup: ROWS_PER_GROUP,
          keepOrder: true,
        })
      : await readFollowUpGroups(db, now, ROWS_PER_GROUP, state?.counts);
  // The first keystroke in "Search invites" should find every invite in memory already (search-memo.ts).
  if (opening && owned) void searchMemo(db).catch(() => undefined);
  return { groups, seenAt: lastLook, index };
}

/**
 * A new invite to the person of a lapsed one, for the same assessment, with today's defaults: through the outbox like
 * any send, so it goes once, and the duplicate check still runs (a live invite found is shown, not doubled).
 */
export async function inviteAgain(inviteId: string, email: string): Promise<SendInviteOutcome> {
  const db = await openIndexDb();
  const record = (await invitesFor(db, email)).find((r) => r.id === inviteId);
  if (!record) throw new AppError('invalid-input', { message: 'That invite is no longer in the local index.' });
  const { inviteDefaults } = await settings.getValue();
  return sendInvite({
    assessmentId: record.assessmentId,
    email: record.recipientEmail,
    name: record.recipientName ?? undefined,
    options: inviteDefaults,
    confirmDuplicate: false,
  });
}
