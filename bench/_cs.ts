import { launchWithExtension } from '../e2e/browser';
import { startStandInSites } from '../e2e/stand-in/sites';
import { savedSizeProfile, withEmptyContentScript } from './content-script-cost';
import path from 'node:path';

const dir = process.argv[2] ?? path.resolve('.output/chrome-mv3');
const sites = await startStandInSites({ 'www.linkedin.com/in/saved-size-synthetic/': savedSizeProfile });
const ext = await launchWithExtension({ extensionDir: dir, headless: true, args: sites.chromiumArgs });
const url = 'https://www.linkedin.com/in/saved-size-synthetic/';
const SCRIPT = process.env.SCRIPT ?? 'content-scripts/content.js';
const totals = new Map<string, number>();
let all = 0;
for (let r = 0; r < 5; r++) {
  const page = await ext.context.newPage();
  await page.goto(new URL('/robots.txt', url).href).catch(() => undefined);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  for (let i = 0; i < 4; i++) {
    await page.waitForTimeout(700);
    await page.evaluate(`document.querySelector('.scaffold-finite-scroll')?.prepend(Object.assign(document.createElement('div'), { className: 'feed-item', textContent: 'x${i}' + (${i}===2?' a@b.com':'') }))`);
  }
  await page.waitForTimeout(2500);
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const parent = new Map<number, number>();
  const byId = new Map<number, any>();
  for (const n of profile.nodes) { byId.set(n.id, n); for (const c of n.children ?? []) parent.set(c, n.id); }
  const through = (id: number): boolean => { for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) if (byId.get(x).callFrame.url.includes(SCRIPT)) return true; return false; };
  let tot = 0;
  profile.samples.forEach((id: number, i: number) => {
    if (!through(id)) return;
    const d = (profile.timeDeltas[i + 1] ?? 50) / 1000;
    tot += d;
    const n = byId.get(id); const cf = n.callFrame;
    // attribute to self and also to the nearest content.js frame
    let x: number | undefined = id; while (x !== undefined && !byId.get(x).callFrame.url.includes(SCRIPT)) x = parent.get(x);
    const own = byId.get(x!).callFrame;
    const key = `${cf.functionName || '(anon)'} @${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}  <- ${own.functionName || '(anon)'}:${own.lineNumber}:${own.columnNumber}`;
    totals.set(key, (totals.get(key) ?? 0) + d);
  });
  console.log('run', r, tot.toFixed(2));
  all += tot;
  await page.close();
}
console.log('mean', (all / 5).toFixed(2));
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 5).toFixed(3), k);
await ext.close(); await sites.close();
