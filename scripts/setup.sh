#!/usr/bin/env bash
# Set up everything the site needs on a fresh Debian machine: a virtual environment in .venv with the
# project's Python packages. With --test, also the test tools and the system packages the tests use
# (Debian's chromium for the browser tests; poppler-utils and zbar-tools to read the PDF handouts;
# nginx-light and openssl to serve the built site as a host would, over HTTP/1.1 and HTTP/2).
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=false
[ "${1:-}" = "--test" ] && with_tests=true

if $with_tests; then
  packages=(chromium poppler-utils zbar-tools nginx-light openssl)
  missing=()
  for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
extras=""
$with_tests && extras="[test]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --editable ".${extras}"
