#!/usr/bin/env bash
# Installs Debian's Firefox ESR when missing (the Firefox end-to-end suite drives it; no browser is downloaded).
set -euo pipefail
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
[ -x "$firefox" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: firefox-esr. Install it with: sudo apt-get install -y firefox-esr" >&2
  exit 1
fi
echo "Installing firefox-esr with apt-get…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq firefox-esr >/dev/null
