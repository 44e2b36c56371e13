import { i18n } from '#i18n';

// The language the UI is shown in: the locale file the browser picked (its `language` message), not the browser's
// own language, so a French browser that falls back to English says "en" and formats dates in English.

export type UiLanguage = 'en' | 'es';

/** "en" or "es": the messages in use, for `<html lang>` and `Intl`. */
export function uiLanguage(): UiLanguage {
  return i18n.t('language') === 'es' ? 'es' : 'en';
}

/** Sets `<html lang>` (and the title) before the first render, so assistive technology reads the right language. */
export function localizeDocument(title?: string): void {
  document.documentElement.lang = uiLanguage();
  if (title) document.title = title;
}
