#!/bin/sh
# Builds PayDesk and starts it on the embedded sandbox gateway with demo orders. On a fresh
# Debian 12 machine it installs what it needs first (as root or through sudo).
set -eu
cd "$(dirname "$0")"
packaging/install-deps.sh run
[ -f build/CMakeCache.txt ] || cmake --preset default
cmake --build build --parallel 2
exec build/src/app/paydesk --sandbox "$@"
