#!/usr/bin/env bash
# Install Debian's Tesseract with its Swedish model for OCR of scanned PDF pages (samgraf/ocr.py).
# Idempotent: does nothing when `tesseract --list-langs` already lists swe. Uses apt-get only.
set -euo pipefail

if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx swe; then
    echo "ocr_deps: tesseract with Swedish already installed ($(tesseract --version 2>/dev/null | head -1))"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "ocr_deps: need root (or sudo) to apt-get install tesseract-ocr tesseract-ocr-swe" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-swe fonts-dejavu-core >/dev/null
echo "ocr_deps: installed $(tesseract --version 2>/dev/null | head -1)"
