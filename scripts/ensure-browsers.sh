#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR (and CJK fonts, for Japanese
# screenshots) when they are missing. Test tools cannot download their own
# browsers here, so the e2e suite uses these.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
# Read fc-list whole before matching: with pipefail, `fc-list | grep -q` fails when grep
# stops at the first match and fc-list is killed by SIGPIPE, so the fonts looked missing.
fonts=$(fc-list 2>/dev/null || true)
grep -qi 'Noto Sans CJK' <<<"$fonts" || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} …"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Chromium, Firefox ESR and the CJK fonts are installed."
fi
