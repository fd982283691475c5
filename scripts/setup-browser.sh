#!/usr/bin/env bash
# Debian's Chromium for the explorer's browser tests (playwright-core drives it; it downloads no browser).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "installing Debian's chromium for the browser tests…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
