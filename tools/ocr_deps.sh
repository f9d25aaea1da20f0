#!/usr/bin/env bash
# Install Debian's Tesseract with its Swedish model for OCR of scanned PDF pages (samgraf/ocr.py).
# Idempotent: does nothing when `tesseract --list-langs` already lists swe. Uses apt-get only.
set -euo pipefail

if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx swe; then
    echo "ocr_deps: tesseract with Swedish already installed ($(tesseract --version 2>/dev/null | head -1))"
    exit 0
fi

bash "$(dirname "$0")/apt_install.sh" tesseract-ocr tesseract-ocr-swe fonts-dejavu-core
echo "ocr_deps: installed $(tesseract --version 2>/dev/null | head -1)"
