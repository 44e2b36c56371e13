import { memo, useEffect, useRef, useState } from 'react';
import type { FollowUpGroup, FollowUpGroupName } from '@/lib/invite-index/follow-up';
import { formatNumber } from '@/lib/format/date';
import type { PlainKey } from '@/lib/i18n/keys';
import { FollowUpRowItem } from './FollowUpRowItem';
import { usePopupStore } from './store';
import { i18n } from '#i18n';

const GROUP_KEYS: Record<FollowUpGroupName, PlainKey> = {
  completed: 'followUp.completed',
  started: 'followUp.started',
  accepted: 'followUp.accepted',
  notStarted: 'followUp.notStarted',
  expiringSoon: 'followUp.expiringSoon',
  expired: 'followUp.expired',
};

/** Rows per group in the first render: more than a popup shows of any group. */
const FIRST_ROWS = 12;

/**
 * The six groups, each a heading and its list; `focus`: the group a notification opened the view on. Memoized: a
 * keystroke in "Search invites" re-renders the view, and its 600 rows only when the groups themselves change.
 */
export const FollowUpGroupList = memo(function FollowUpGroupList({
  groups,
  focus,
}: {
  groups: FollowUpGroup[];
  focus: FollowUpGroupName | null;
}) {
  const seenAt = usePopupStore((s) => s.followSeenAt);
  // The first screenful of each group first, the rest of the 600 rows right after that paint. Opened on a group
  // (a notification), every row at once: rows added above it later would move it.
  const [allRows, setAllRows] = useState(focus !== null);
  useEffect(() => {
    if (allRows) return;
    const timer = { id: 0 };
    const frame = requestAnimationFrame(() => (timer.id = window.setTimeout(() => setAllRows(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer.id);
    };
  }, [allRows]);
  const focused = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'start' });
    focused.current?.focus();
  }, [focus]);

  return (
    <>
      {groups.map((group) => {
        const title = i18n.t(GROUP_KEYS[group.name]);
        const id = `follow-${group.name}`;
        const more = group.count - group.rows.length;
        return (
          <section key={group.name} className="follow-group" aria-labelledby={id} data-group={group.name}>
            <h2 id={id} tabIndex={-1} ref={group.name === focus ? focused : undefined}>
              {i18n.t('followUp.groupCount', { group: title, count: formatNumber(group.count) })}
            </h2>
            {group.count === 0 ? (
              <p className="muted small">{i18n.t('followUp.none')}</p>
            ) : (
              <ul className="recent" aria-label={title}>
                {(allRows ? group.rows : group.rows.slice(0, FIRST_ROWS)).map((row) => (
                  <FollowUpRowItem key={row.id} row={row} group={group.name} seenAt={seenAt} />
                ))}
              </ul>
            )}
            {more > 0 && <p className="muted small">{i18n.t('followUp.more', more, { count: formatNumber(more) })}</p>}
          </section>
        );
      })}
    </>
  );
});
