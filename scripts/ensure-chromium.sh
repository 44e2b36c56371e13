#!/usr/bin/env bash
# Installs Debian's Chromium (and Xvfb + xdotool for tests of native browser UI) when missing, with its other
# interface languages (chromium-l10n: without it `--lang=es` still reports `en-US`, and the Spanish run tests nothing).
set -euo pipefail
need=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
[ -e /usr/lib/chromium/locales/es.pak ] || need+=(chromium-l10n)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
  [[ " ${need[*]} " == *" chromium "* ]] && exit 1
  exit 0
fi
echo "Installing ${need[*]} with apt-get…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
