import { uiLanguage } from '@/lib/i18n/language';

// Dates and numbers in the UI's language (en: "Feb 14, 2026"; es: "14 feb 2026"). Built on first use: the
// language is read from the messages, which are there only once the extension runs.
let formats: { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat; number: Intl.NumberFormat } | undefined;

function get() {
  if (formats) return formats;
  const lang = uiLanguage();
  formats = {
    day: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }),
    time: new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
    number: new Intl.NumberFormat(lang),
  };
  return formats;
}

/** "Feb 14, 2026"; empty for a missing or unreadable date. */
export function formatDay(iso: string | number | null | undefined): string {
  if (iso === null || iso === undefined) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : get().day.format(date);
}

/** "14:05:09", for the next attempt of a queued invite. */
export function formatTime(ms: number): string {
  return get().time.format(new Date(ms));
}

/** "1,200" in English, "1200" / "12.000" in Spanish; with `fractionDigits`, "6.0" / "6,0". */
export function formatNumber(n: number, fractionDigits = 0): string {
  if (!fractionDigits) return get().number.format(n);
  const digits = { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return new Intl.NumberFormat(uiLanguage(), digits).format(n);
}
