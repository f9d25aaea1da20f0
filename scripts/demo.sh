#!/usr/bin/env bash
# One command from a fresh clone: install, build a store from the example corpus, print answers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
.venv/bin/samgraf demo -o "${1:-samgraf-demo}"
