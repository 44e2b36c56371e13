import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with elements inside (a <code>, a <kbd>, a button): each `{name}` in `text` becomes
 * `parts[name]`, so translators move the element within the sentence and the code never splits it.
 */
export function rich(text: string, parts: Record<string, ReactNode>): ReactNode[] {
  return text
    .split(/\{([A-Za-z0-9_]+)\}/g)
    .map((piece, i) => (i % 2 === 1 ? <Fragment key={i}>{parts[piece] ?? `{${piece}}`}</Fragment> : piece));
}
