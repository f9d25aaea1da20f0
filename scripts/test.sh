#!/usr/bin/env bash
# One command from a fresh clone: install everything the tests need and run them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
if ! bash tools/browser_deps.sh; then
  if [ "${CI:-}" = "true" ]; then echo "error: Debian chromium could not be installed" >&2; exit 1; fi
  echo "warning: Debian chromium could not be installed; browser tests will be skipped" >&2
fi
if ! bash tools/ocr_deps.sh; then
  if [ "${CI:-}" = "true" ]; then echo "error: Debian tesseract-ocr-swe could not be installed" >&2; exit 1; fi
  echo "warning: Tesseract could not be installed; OCR tests will be skipped" >&2
fi
.venv/bin/ruff check extractors graph samgraf queries ontology tests bench tools
.venv/bin/python -m pytest -q "$@"
