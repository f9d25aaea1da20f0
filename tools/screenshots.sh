#!/usr/bin/env bash
# Write the browser tests' screenshots (default network page, grants-free overview, trace page at 1366x768)
# to docs/img/, for docs/pages.md. Needs /usr/bin/chromium (tools/browser_deps.sh) and playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
SAMGRAF_SCREENSHOTS="$PWD/docs/img" .venv/bin/pytest -q -p no:cacheprovider tests/graph/test_viz_browser.py \
  -k "readable_overview or trace_page"
ls -l docs/img/network.png docs/img/trace.png
