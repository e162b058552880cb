#!/usr/bin/env bash
# Browser tests need Debian's Chromium and CJK fonts. Install them when missing (as root),
# or stop at once with the command to run. Never downloads a browser build of its own.
set -euo pipefail

have_chromium() {
  if [ -n "${CHROME_PATH:-}" ]; then [ -x "$CHROME_PATH" ]; return; fi
  for p in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    [ -x "$p" ] && return 0
  done
  return 1
}
have_cjk_fonts() { fc-list :lang=zh 2>/dev/null | grep -q . ; }

if have_chromium && have_cjk_fonts; then exit 0; fi

cmd="apt-get update && apt-get install -y chromium fonts-noto-cjk"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: installing Debian's chromium and fonts-noto-cjk…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  have_chromium || { echo "ensure-chromium: chromium still missing after install" >&2; exit 1; }
else
  echo "ensure-chromium: Chromium or CJK fonts are missing. Run:  sudo sh -c '$cmd'" >&2
  echo "(or set CHROME_PATH to a Chromium binary)" >&2
  exit 1
fi
