#!/bin/sh
# Builds PayDesk and runs the whole test suite headless. On a fresh Debian 12 machine it installs
# what it needs first (as root or through sudo). A second run only rebuilds what changed.
set -eu
cd "$(dirname "$0")"
packaging/install-deps.sh test
[ -f build/CMakeCache.txt ] || cmake --preset default
cmake --build build --parallel 2
if [ ! -f tests/browser/node_modules/.package-lock.json ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
exec tests/run-headless.sh build "$@"
