#!/usr/bin/env bash
# Set up everything the tests need, then run every test. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export NO_MKDOCS_2_WARNING=1
.venv/bin/ruff check hooks tests scripts
.venv/bin/ruff format --check hooks tests scripts
exec .venv/bin/pytest "$@"
