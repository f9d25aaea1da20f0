#!/usr/bin/env bash
# Install Debian's chromium and chromium-driver for the browser tests (tests/graph/test_viz_browser.py).
# Idempotent: does nothing when /usr/bin/chromium and /usr/bin/chromedriver are already there.
# Uses apt-get only; never downloads a browser build of its own (no `playwright install`).
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "browser_deps: chromium already installed ($(/usr/bin/chromium --version 2>/dev/null || echo unknown))"
    exit 0
fi

bash "$(dirname "$0")/apt_install.sh" chromium chromium-driver fonts-dejavu-core
echo "browser_deps: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
