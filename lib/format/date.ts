const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "14 Feb 2026"; empty for a missing or unreadable date. */
export function formatDay(iso: string | number | null | undefined): string {
  if (iso === null || iso === undefined) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dayFormat.format(date);
}

/** "14:05:09", for the next attempt of a queued invite. */
export function formatTime(ms: number): string {
  return timeFormat.format(new Date(ms));
}
