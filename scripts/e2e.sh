#!/usr/bin/env bash
# `npm run e2e`: the end-to-end suite in real Chromium against the sandbox (it builds what it needs in its global
# setup). Tests of native browser UI (keyboard shortcut, context menu) need a display: a virtual one when there is none.
set -uo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" npx playwright test "$@"
fi
exec npx playwright test "$@"
