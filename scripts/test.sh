#!/usr/bin/env bash
# One command from a fresh clone: install everything the tests need and run them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash tools/browser_deps.sh || echo "warning: Debian chromium could not be installed; browser tests will be skipped" >&2
.venv/bin/python -m pytest -q "$@"
