/** `npm run sandbox`: the AlfaOne stand-in for the demo and manual testing. */
import { keyLabel, SANDBOX_KEYS } from './keys';
import type { RequestLogEntry } from './request-log';
import { SEED_SCALES, type SeedScale } from './seed';
import { startSandbox } from './server';

const DAY_MS = 86_400_000;

function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

function seedScale(): SeedScale {
  const raw = process.env.SANDBOX_SCALE || 'default';
  if (!(SEED_SCALES as readonly string[]).includes(raw))
    throw new Error(`SANDBOX_SCALE must be one of ${SEED_SCALES.join(', ')}, got "${raw}"`);
  return raw as SeedScale;
}

function describeRequest(entry: RequestLogEntry): string {
  const query = new URLSearchParams(entry.query).toString();
  const faults = entry.faults.map((f) => `${f.kind}/${f.when}`).join(',');
  const status = entry.status === 0 ? 'dropped' : String(entry.status);
  return [
    new Date(entry.at).toISOString().slice(11, 23),
    entry.method.padEnd(6),
    `${entry.path}${query ? `?${query}` : ''}`,
    '→',
    status,
    `(${keyLabel(entry.apiKey)}${faults ? `; fault ${faults}` : ''})`,
  ].join(' ');
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({
    port: envInt('SANDBOX_PORT', 8787, 0),
    rateLimitPerMinute: envInt('SANDBOX_RATE_LIMIT', 100, 1),
    // Anchor the seed at today's UTC midnight so the demo's dates look current, yet stay stable all day.
    seedAnchorMs: Math.floor(Date.now() / DAY_MS) * DAY_MS,
    seedScale: seedScale(),
    onRequest: (entry) => console.log(describeRequest(entry)),
  });

  console.log(`AlfaOne sandbox listening. API base URL: ${sandbox.baseUrl}`);
  console.log(`Control API: ${sandbox.url}/__sandbox/ (requests, reset, faults, invites, mode, keys)`);
  console.log('API keys (send as x-api-key):');
  const { assessments, invites } = sandbox.state;
  console.log(
    `  live     ${SANDBOX_KEYS.live}   Northwind Talent: ${assessments.length} assessments, ${invites.length} invites`,
  );
  console.log(`  test     ${SANDBOX_KEYS.test}   same org, its own rate-limit window`);
  console.log(`  expired  ${SANDBOX_KEYS.expired}   → 401 API key has expired`);
  console.log(`  revoked  ${SANDBOX_KEYS.revoked}   → 401 API key has been revoked`);
  console.log(`  empty    ${SANDBOX_KEYS.empty}   another org with no assessments or invites`);
  console.log('  anything else → 401 Invalid API key; no header → 401 API key is required');
  console.log(`Rate limit: ${sandbox.state.mode.rateLimitPerMinute} requests/min per key. Ctrl+C to stop.`);

  const stop = (signal: string): void => {
    console.log(`\n${signal}: stopping the sandbox`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Could not start the sandbox:', error instanceof Error ? error.message : error);
  process.exit(1);
});
