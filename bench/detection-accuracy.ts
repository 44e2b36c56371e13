// Detection accuracy over the committed fixtures, in real Chromium (docs/product.md: never the wrong
// person). Each fixture is graded as the popup would prefill it: right, wrong, or harmful (an address offered
// that is not its candidate's), and whether the name prefilled is the expected one (an empty name where the page
// has none). Standalone: npx tsx bench/detection-accuracy.ts
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Candidate } from '@/lib/candidates/candidate';
import { FIXTURE_CASES } from '@/lib/detection/__tests__/__fixtures__/cases';
import { grade, nameRight, type Grade } from '@/lib/detection/__tests__/__fixtures__/grade';
import { BUNDLE_GLOBAL, bundleDetectors } from './detection-bundle';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../lib/detection/__tests__/__fixtures__');

export async function benchAccuracy(browser: Browser): Promise<Record<Grade | 'nameRight', number>> {
  const bundle = await bundleDetectors();
  const totals: Record<Grade | 'nameRight', number> = { right: 0, wrong: 0, harmful: 0, nameRight: 0 };
  const page = await browser.newPage();
  try {
    for (const c of FIXTURE_CASES) {
      await page.setContent(readFileSync(join(FIXTURES, c.file), 'utf8'), { waitUntil: 'load' });
      await page.addScriptTag({ content: bundle });
      const found = (await page.evaluate(
        `window.${BUNDLE_GLOBAL}.detectOnDemand(document, ${JSON.stringify(c.url)})`,
      )) as Candidate[];
      const result = grade(c, found);
      const name = nameRight(c, found);
      totals[result.grade]++;
      if (name) totals.nameRight++;
      console.log(
        `  ${result.grade.padEnd(8)} ${(name ? 'name ok' : 'name x').padEnd(8)} ${c.kind.padEnd(19)} ${c.file}${result.why ? `  (${result.why})` : ''}`,
      );
    }
  } finally {
    await page.close();
  }
  console.log(
    `Accuracy over ${FIXTURE_CASES.length} fixtures: ${totals.right} right, ${totals.wrong} wrong, ${totals.harmful} harmful, name right ${totals.nameRight}`,
  );
  return totals;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  await benchAccuracy(browser).finally(() => browser.close());
}
