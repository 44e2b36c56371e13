import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

// The extension's messages as the browser gets them (`_locales/<lang>/messages.json`), built from locales/*.yml
// by @wxt-dev/i18n's own build step, for unit tests (WXT's fake browser has no `i18n`) and the bench's detectors.
// Read from the project's root, where every test and bench runs (a DOM test's `import.meta.url` is no file URL).

export type ChromeMessages = Record<string, { message: string }>;

export function loadMessages(lang: 'en' | 'es'): ChromeMessages {
  const text = readFileSync(resolve(`locales/${lang}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'YAML')) as ChromeMessages;
}

/** `browser.i18n.getMessage` as Chrome does it: `$1`–`$9` substituted, `$$` a dollar sign, "" when unknown. */
export function getMessageFrom(messages: ChromeMessages) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}
