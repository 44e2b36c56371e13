import fs from 'node:fs';

// Prints one closing line over the unit and end-to-end reports (Chromium, Firefox): "tests: N passed, N failed".

function read(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read('test-results/unit.json') as
  { numPassedTests: number; numFailedTests: number; numPendingTests: number } | undefined;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests;
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}

type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };

for (const [label, file] of [
  ['end-to-end (Chromium)', 'test-results/e2e.json'],
  ['end-to-end (Firefox)', 'test-results/e2e-firefox.json'],
] as const) {
  const report = read(file) as PlaywrightReport | undefined;
  if (!report) continue;
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected;
  skipped += report.stats.skipped;
  console.log(`${label}: ${report.stats.expected + report.stats.flaky} passed, ${report.stats.unexpected} failed`);
}

console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
