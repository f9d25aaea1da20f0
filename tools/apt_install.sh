#!/usr/bin/env bash
# apt-get install the given Debian packages, as root or through sudo; the one place our set-up
# scripts (browser_deps.sh, ocr_deps.sh) touch apt. Usage: bash tools/apt_install.sh PKG...
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "apt_install: need root (or sudo) to apt-get install $*" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
