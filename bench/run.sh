#!/bin/sh
# Runs the benchmarks and prints one "name value unit" line per figure.
set -eu
cd "$(dirname "$0")/.."
packaging/install-deps.sh run
[ -f build/CMakeCache.txt ] || cmake --preset default
cmake --build build --parallel 2 --target bench_sandbox
build/bench/bench_sandbox "${1:-100000}"
