#!/usr/bin/env bash
# Install what Reseller Desk needs on this machine: system libraries for Qt and a Korean font
# (Debian/Ubuntu, when apt-get is there), a virtual environment in .venv, and the package.
# Usage: scripts/setup.sh [--test]   (--test adds the test tools, poppler-utils and PostgreSQL for the tests)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

apt_packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0
              libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
              libxcb-render-util0 libxcb-image0 fonts-nanum)
[ $want_test = 1 ] && apt_packages+=(poppler-utils xvfb postgresql dovecot-imapd)  # the tests start their own servers

if command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1; then
    missing=()
    for p in "${apt_packages[@]}"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        sudo=""
        [ "$(id -u)" = 0 ] || sudo="sudo"
        echo "Installing system packages: ${missing[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
extras="[postgres]"  # the driver for a team's shared database (README, "For a team")
[ $want_test = 1 ] && extras="[test,postgres]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
