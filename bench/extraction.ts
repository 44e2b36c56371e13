// Address extraction on hostile page text (docs/security.md SEC-9): characters examined and time, per input, for the
// bounded extractor; and the old single pattern on the first input, for scale. Prints figures; asserts nothing.
import { extractEmails } from '@/lib/email/extract';
import { scanBudget } from '@/lib/email/scan-budget';

const INPUTS: [string, string][] = [
  ['30,000-character word, then "@"', `${'w'.repeat(30_000)}@`],
  ['10,000 "@"s', '@'.repeat(10_000)],
  ['"x."×15,000 around an "@"', `${'x.'.repeat(7_500)}@${'x.'.repeat(7_500)}`],
  [
    'README: 30,000-char word, "@", 5,000 "@ ", an address',
    `${'w'.repeat(30_000)}@ ${'@ '.repeat(5_000)}jane@example.com`,
  ],
];
/** The pattern the extractor used before: quadratic on a long run with no "@" nearby. */
const OLD_PATTERN = /[\w.%+'-]+@[a-z\d-]+(?:\.[a-z\d-]+)+/gi;

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

export function benchExtraction(line: (label: string, value: string, budget: string) => void): void {
  for (const [label, text] of INPUTS) {
    const budget = scanBudget(Number.POSITIVE_INFINITY);
    const [found, ms] = timed(() => extractEmails(text, budget));
    const perChar = (budget.examined / text.length).toFixed(2);
    line(
      `${label} (${text.length} chars)`,
      `${ms.toFixed(2)} ms, ${perChar} examined/char, ${found.length} found`,
      'linear',
    );
  }
  const [, oldMs] = timed(() => [...INPUTS[0]![1].matchAll(OLD_PATTERN)]);
  line('The old single pattern on the 30,000-character word', `${oldMs.toFixed(0)} ms`, '(for scale)');
}
