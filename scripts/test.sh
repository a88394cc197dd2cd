#!/usr/bin/env bash
# Set up (first time) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
