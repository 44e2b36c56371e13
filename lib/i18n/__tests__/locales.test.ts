import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

// Every message exists in both languages, with the same placeholders and the same plural shape: a key missing in
// Spanish would show an empty string (browser.i18n has no fallback per key), a wrong placeholder a raw "{email}".

const LANGS = ['en', 'es'] as const;

function parse(lang: (typeof LANGS)[number]): Map<string, ParsedMessage> {
  const text = readFileSync(resolve(__dirname, `../../../locales/${lang}.yml`), 'utf8');
  return new Map(parseMessagesText(text, 'YAML').map((m) => [m.key.join('.'), m]));
}

/** What a message must share with its translation: named and numbered placeholders, and its plural forms. */
function shape(m: ParsedMessage) {
  const texts = m.type === 'plural' ? Object.values(m.plurals) : [m.type === 'simple' ? m.message : m.message];
  const named = new Set(texts.flatMap((t) => [...t.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map(([, n]) => n)));
  return {
    type: m.type,
    plurals: m.type === 'plural' ? Object.keys(m.plurals).sort() : [],
    named: [...named].sort(),
    numbered: m.substitutions,
  };
}

const messages = { en: parse('en'), es: parse('es') };

describe('locales', () => {
  it.each([
    ['en', 'es'],
    ['es', 'en'],
  ] as const)('every %s key is in %s', (from, to) => {
    const missing = [...messages[from].keys()].filter((k) => !messages[to].has(k));
    expect(missing).toEqual([]);
  });

  it('each key has the same placeholders and plural forms in both languages', () => {
    const differing = [...messages.en].flatMap(([key, en]) => {
      const es = messages.es.get(key);
      if (!es) return [];
      return JSON.stringify(shape(en)) === JSON.stringify(shape(es)) ? [] : [{ key, en: shape(en), es: shape(es) }];
    });
    expect(differing).toEqual([]);
  });

  it('no message is empty (browser.i18n returns "" for a missing key too, so "" would hide one)', () => {
    const empty = LANGS.flatMap((lang) =>
      [...messages[lang]]
        .filter(([, m]) => shape(m).type !== 'plural' && !('message' in m && m.message.trim()))
        .map(([key]) => `${lang}:${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('names its own language, which sets <html lang> and the date format', () => {
    expect(messages.en.get('language')).toMatchObject({ message: 'en' });
    expect(messages.es.get('language')).toMatchObject({ message: 'es' });
  });

  it('keeps the manifest messages short enough for the stores (name ≤ 75, description ≤ 132 characters)', () => {
    for (const lang of LANGS) {
      const text = (key: string) => (messages[lang].get(key) as { message: string }).message;
      expect(text('extName').length).toBeLessThanOrEqual(75);
      expect(text('extDescription').length).toBeLessThanOrEqual(132);
    }
  });
});
