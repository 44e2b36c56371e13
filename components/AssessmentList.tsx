import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { AssessmentSummary } from '@/lib/messaging/views';
import { describeAssessment } from './describe-assessment';
import { i18n } from '#i18n';
import './assessment-list.css';

/** Fixed row height (popup.css `.assessments .item`): rows never reflow, so nothing shifts as they scroll in. */
export const ASSESSMENT_ROW_PX = 46;
const VIEWPORT_PX = 184;
const STEP: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

interface Props {
  items: AssessmentSummary[];
  selectedId: string | null;
  recentIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  /** Set by a parent (the search box's ↓) to move focus into the list. */
  focusRequest?: number;
}

/**
 * The assessments as one radio group, virtualized: only the rows in view (and the one that holds focus) are in
 * the page, whatever the length. Keyboard as a radio group (arrows move and check, wrapping; Home, End, Page keys
 * added for long lists); one row is tabbable (roving focus); each radio says its place (aria-posinset/-setsize).
 */
export function AssessmentList({ items, selectedId, recentIds, onSelect, focusRequest = 0 }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const selectedIndex = selectedId ? items.findIndex((a) => a.id === selectedId) : -1;
  const active = selectedIndex >= 0 ? selectedIndex : 0;
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ASSESSMENT_ROW_PX,
    overscan: 6,
    // The first render already knows its viewport, so the first paint has its rows.
    initialRect: { width: 356, height: VIEWPORT_PX },
    // The tabbable row stays in the page even when scrolled away, so Tab always reaches the list.
    rangeExtractor: (range) => [...new Set([...defaultRangeExtractor(range), active])].sort((a, b) => a - b),
  });

  useLayoutEffect(() => {
    if (focusIndex === null) return;
    document.getElementById(`a-${items[focusIndex]?.id}`)?.focus({ preventScroll: true });
    setFocusIndex(null);
  }, [focusIndex, items]);

  useLayoutEffect(() => {
    if (focusRequest && items.length) moveTo(active, false);
    // Only a new request moves focus; the list changing under it does not.
  }, [focusRequest]);

  function moveTo(index: number, check: boolean) {
    virtualizer.scrollToIndex(index, { align: 'auto' });
    if (check) onSelect(items[index]!.id);
    setFocusIndex(index);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>, index: number) {
    const page = Math.max(1, Math.floor(VIEWPORT_PX / ASSESSMENT_ROW_PX) - 1);
    const last = items.length - 1;
    const next =
      e.key in STEP
        ? (index + STEP[e.key]! + items.length) % items.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? last
            : e.key === 'PageDown'
              ? Math.min(last, index + page)
              : e.key === 'PageUp'
                ? Math.max(0, index - page)
                : null;
    if (next === null) return;
    e.preventDefault();
    moveTo(next, true);
  }

  return (
    <div
      id="assessment-list"
      className="list"
      role="radiogroup"
      aria-label={i18n.t('popup.assessments')}
      ref={scroller}
      hidden={items.length === 0}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map(({ index, start }) => {
          const a = items[index]!;
          return (
            <div
              key={a.id}
              className={`item${a.id === selectedId ? ' selected' : ''}`}
              style={{ transform: `translateY(${start}px)` }}
            >
              <input
                type="radio"
                name="assessment"
                id={`a-${a.id}`}
                value={a.id}
                checked={a.id === selectedId}
                onChange={() => onSelect(a.id)}
                onKeyDown={(e) => onKeyDown(e, index)}
                tabIndex={index === active ? 0 : -1}
                aria-posinset={index + 1}
                aria-setsize={items.length}
                aria-describedby={`d-${a.id}`}
              />
              <label htmlFor={`a-${a.id}`}>{a.name}</label>
              <span id={`d-${a.id}`} className="muted details">
                {recentIds.has(a.id) ? i18n.t('popup.recentAssessment') : ''}
                {describeAssessment(a)}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
