#!/usr/bin/env bash
# `npm run bench`: under a virtual display when there is none, so the keyboard-shortcut figure can be measured.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" npx tsx scripts/bench.ts
fi
exec npx tsx scripts/bench.ts
