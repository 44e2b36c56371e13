import type { GeneratedI18nStructure } from '#i18n';

type Messages = GeneratedI18nStructure;

/** A message with no placeholders and no plural: the type of a key picked from a table at run time. */
export type PlainKey = {
  [K in keyof Messages]: Messages[K] extends { plural: false; substitutions: 0 }
    ? Messages[K] extends { namedSubstitutions: readonly string[] }
      ? never
      : K
    : never;
}[keyof Messages];

/** `{name}` markers kept as they are, for a sentence that `rich()` fills with elements. */
export function keep<N extends string>(...names: N[]): Record<N, string> {
  return Object.fromEntries(names.map((n) => [n, `{${n}}`])) as Record<N, string>;
}
