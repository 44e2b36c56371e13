import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { generateDetectionPage } from './detection-page';
const { html } = generateDetectionPage();
const b = await build({ stdin: { contents: "export * from './entrypoints/content/detectors/index.ts'; export { textNodesWithAt } from './entrypoints/content/detectors/text-with-at.ts'; export { isVisible } from './entrypoints/content/detectors/visibility.ts';", resolveDir: '.', loader: 'ts' }, bundle: true, format: 'iife', globalName: 'D', write: false, minify: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
const fns: Record<string, string> = {
  xpath: `() => document.evaluate("descendant::text()[contains(., '@')]", document.body, null, 7, null).snapshotLength`,
  nodes: `() => [...D.textNodesWithAt(document.body)].length`,
  nodesVis: `() => [...D.textNodesWithAt(document.body)].filter(n => D.isVisible(n.parentElement)).length`,
  mailto: `() => document.querySelectorAll('a[href^="mailto:" i]').length`,
  generic: `() => D.detectGeneric(document).length`,
  candidates: `() => D.detectCandidates(document, 'https://www.example.org/').length`,
  innerText: `() => (document.body.innerText.match(/[\\w.+-]+@[\\w-]+\\.[\\w.-]+/g) || []).length`,
};
for (let rep = 0; rep < 3; rep++) { const line: string[] = []; for (const [k, f] of Object.entries(fns)) {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.addScriptTag({ content: b.outputFiles[0]!.text });
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))');
  const r = await page.evaluate(`(() => { const f=${f}; const t=[]; for (let i=0;i<4;i++){ const s=performance.now(); f(); t.push((performance.now()-s).toFixed(1)); } return t.join('/'); })()`);
  line.push(`${k} ${r}`);
  await page.close();
} console.log(line.join(' | ')); }
await browser.close();
