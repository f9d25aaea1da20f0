#!/usr/bin/env bash
# Install Debian's chromium and chromium-driver for the browser tests (tests/graph/test_viz_browser.py).
# Idempotent: does nothing when /usr/bin/chromium and /usr/bin/chromedriver are already there.
# Uses apt-get only; never downloads a browser build of its own (no `playwright install`).
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "browser_deps: chromium already installed ($(/usr/bin/chromium --version 2>/dev/null || echo unknown))"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "browser_deps: need root (or sudo) to apt-get install chromium" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null
echo "browser_deps: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
