#!/usr/bin/env bash
# Set up everything the tests need, then run every test. Extra arguments go to pytest (and then only
# that run is made).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export NO_MKDOCS_2_WARNING=1
.venv/bin/ruff check hooks tests scripts
.venv/bin/ruff format --check hooks tests scripts
if [ $# -gt 0 ]; then
  exec .venv/bin/pytest "$@"
fi
# Every test on this site: the engine's (tests/browser, build, unit) and its content's (tests/content).
.venv/bin/pytest
# The engine tests again, on a site on another topic made by `python -m sitegen new`: they read every
# id, page and address from the site they test, never this site's content.
other="$(mktemp -d)"
trap 'rm -rf "$other"' EXIT
# Made on the day the tests count reviews from (tests/sitebuild.py), so none is in their future.
SITE_TODAY="$(.venv/bin/python -c 'from tests.sitebuild import TODAY; print(TODAY)')" \
  .venv/bin/python -m sitegen new "$other/site" --title "Knee pain" --url https://knee.example/ >/dev/null
.venv/bin/pytest --site="$other/site" tests/browser tests/build tests/unit
