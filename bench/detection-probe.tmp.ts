import { chromium } from 'playwright-core';
import { generateDetectionPage } from './detection-page';
const { html } = generateDetectionPage();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
const fns: Record<string, string> = {
  bodyTC: `() => document.body.textContent.indexOf('@')`,
  xpathDesc7: `() => document.evaluate("descendant::text()[contains(., '@')]", document.body, null, 7, null).snapshotLength`,
  xpathDesc6: `() => document.evaluate("descendant::text()[contains(., '@')]", document.body, null, 6, null).snapshotLength`,
  xpathAny9: `() => !!document.evaluate("descendant::text()[contains(., '@')]", document.body, null, 9, null).singleNodeValue`,
  walkLen: `() => { const w=document.createTreeWalker(document.body,12); let e=0; for(let x=w.nextNode();x;x=w.nextNode()) e+=x.length; return e; }`,
  innerText: `() => (document.body.innerText.match(/[\\w.+-]+@[\\w-]+\\.[\\w.-]+/g) || []).length`,
};
for (let rep = 0; rep < 3; rep++) { const line: string[] = []; for (const [k, f] of Object.entries(fns)) {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))');
  const r = await page.evaluate(`(() => { const f=${f}; const t=[]; for (let i=0;i<4;i++){ const s=performance.now(); f(); t.push((performance.now()-s).toFixed(0)); } return t.join('/'); })()`);
  line.push(`${k} ${r}`);
  await page.close();
} console.log(line.join(' | ')); }
await browser.close();
