#!/usr/bin/env bash
# Set up, build the site in both languages and serve it at http://127.0.0.1:8000/ (Ctrl+C stops it).
# Extra arguments go to `mkdocs serve`, for example `--dev-addr 127.0.0.1:9000`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
# Each rebuild shows at once; the PDF handouts of what changed follow in the background.
export SITE_BACKGROUND_HANDOUTS=1
exec .venv/bin/mkdocs serve --strict --dev-addr 127.0.0.1:8000 "$@"
