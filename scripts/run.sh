#!/usr/bin/env bash
# Set up (first time) and start Reseller Desk; an empty database is filled with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/desktop-app --demo "$@"
