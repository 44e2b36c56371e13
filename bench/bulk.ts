import { SANDBOX_KEYS } from '../sandbox/keys';
import { launchWithExtension, storeKey } from '../e2e/browser';
import { E2E_EXTENSION_DIR } from '../e2e/config';
import { readExtensionItems } from '../e2e/extension-storage';
import type { SandboxControl } from '../e2e/sandbox-control';

// `npm run bench`: 150 invites through the bulk page at the Standard tier (docs/product.md, Budgets), as a person
// would send them: pasted, reviewed, sent with one button. Measured like e2e/load-scenario.ts: the least time
// the budget allows for the requests made (the first `limit` at once, then `limit` a minute) over the time taken.

const COUNT = 150;
const LIMIT_PER_MINUTE = 100;

export interface BulkBenchResult {
  requests: number;
  rateLimited: number;
  created: number;
  twice: number;
  durationMs: number;
  idealMs: number;
  shareOfRate: number;
}

export async function measureBulkPage(control: SandboxControl): Promise<BulkBenchResult> {
  await control.reset();
  const ext = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR });
  try {
    await storeKey(ext, SANDBOX_KEYS.live);
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/bulk.html`);
    await page.getByRole('radio').first().check();
    const emails = Array.from({ length: COUNT }, (_, i) => `bulk.bench.${String(i).padStart(3, '0')}@example.com`);
    await page.getByRole('textbox', { name: 'Candidates' }).fill(emails.join('\n'));

    const started = Date.now();
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: `Send ${COUNT} invites` }).click();
    const deadline = started + 10 * 60_000;
    // The run as the extension stores it (its own IndexedDB, read from the page).
    const finished = async () =>
      ((await readExtensionItems(page)).bulkRun as { status?: string } | null)?.status === 'finished';
    while (!(await finished()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1_000));

    const all = await control.requests();
    const log = all.filter((r) => r.at >= started);
    // Requests of the minute before (the page loading the assessments) hold slots of the same budget.
    const before = all.filter((r) => r.at < started && r.at >= started - 60_000).length;
    const wanted = new Set(emails);
    const perEmail = new Map<string, number>();
    for (const invite of await control.invites()) {
      const email = String(invite.recipientEmail);
      if (wanted.has(email)) perEmail.set(email, (perEmail.get(email) ?? 0) + 1);
    }
    const durationMs = Math.max(...log.map((r) => r.at)) - started;
    const idealMs = Math.floor((before + log.length - 1) / LIMIT_PER_MINUTE) * 60_000;
    return {
      requests: log.length,
      rateLimited: log.filter((r) => r.status === 429).length,
      created: perEmail.size,
      twice: [...perEmail.values()].filter((n) => n > 1).length,
      durationMs,
      idealMs,
      shareOfRate: idealMs === 0 ? 1 : idealMs / durationMs,
    };
  } finally {
    await ext.close();
  }
}

/** Prints the figures (BENCH_QUICK=1 skips the three-minute run). */
export async function benchBulkPage(control: SandboxControl): Promise<void> {
  console.log(`\n== ${COUNT} invites through the bulk page at the Standard tier (about three minutes)`);
  if (process.env.BENCH_QUICK) return console.log('skipped (BENCH_QUICK)');
  const r = await measureBulkPage(control);
  const line = (label: string, value: string, budget: string) =>
    console.log(`${label.padEnd(58)} ${value.padEnd(28)} budget ${budget}`);
  line(
    'Share of the allowed rate used (ideal time / actual time)',
    `${r.shareOfRate.toFixed(2)} (${(r.durationMs / 1000).toFixed(0)} s for ${r.requests} requests)`,
    '≥ 0.9',
  );
  line(
    '429s earned; invites created; invites twice',
    `${r.rateLimited}; ${r.created} of ${COUNT}; ${r.twice}`,
    `0; ${COUNT}; 0`,
  );
}
