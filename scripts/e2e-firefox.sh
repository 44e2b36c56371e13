#!/usr/bin/env bash
# The end-to-end suite in Debian's Firefox ESR (e2e-firefox/), driven over WebDriver BiDi with puppeteer-core: it
# builds the Firefox add-on against the sandbox in its global setup. Headless: no display needed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec npx playwright test -c e2e-firefox/playwright.config.ts "$@"
