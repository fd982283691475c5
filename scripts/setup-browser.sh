#!/usr/bin/env bash
# Debian's Chromium for the explorer's browser tests and the PDF fixtures (playwright-core drives it;
# it downloads no browser), Noto CJK so Chinese renders in screenshots and prints into PDFs, and
# DejaVu Serif for the PDF fixtures printed in a second, serif layout.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto | grep -q CJK || missing+=(fonts-noto-cjk)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "installing Debian's ${missing[*]} for the browser tests…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
