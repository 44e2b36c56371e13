#!/usr/bin/env bash
# `npm test`: everything, in CI order: types, lint, unit tests, builds, end-to-end in real Chromium, then in Firefox ESR.
set -uo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json test-results/e2e-firefox.json

step() { echo; echo "== $1"; shift; "$@"; }
fail() { echo "FAILED: $1" >&2; npx tsx scripts/summarize-tests.ts || true; exit 1; }

step "Chromium" bash scripts/ensure-chromium.sh || fail "installing Chromium"
step "Firefox ESR" bash scripts/ensure-firefox.sh || fail "installing Firefox ESR"
step "Types" npx tsc --noEmit || fail "typecheck"
step "Build (Chrome MV3)" npx wxt build || fail "build chrome"
step "Build (Firefox)" npx wxt build -b firefox --mv3 || fail "build firefox"
step "Lint" npm run -s lint || fail "lint"
step "Unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || fail "unit tests"
step "End-to-end tests" bash scripts/e2e.sh || fail "end-to-end tests"
step "End-to-end tests (Firefox)" bash scripts/e2e-firefox.sh || fail "end-to-end tests in Firefox"
npx tsx scripts/summarize-tests.ts
