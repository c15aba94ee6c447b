#!/bin/sh
# Runs the benchmarks and prints one "name value unit" line per figure.
#   bench/run.sh [ORDERS]   sandbox figures, a sync of ORDERS (default 100000) orders, and the
#                           queries on a 1,000,000-order cache (generated once into build/bench-data),
#                           and a batch of 1000 captures with 20 ms latency
set -eu
cd "$(dirname "$0")/.."
packaging/install-deps.sh run
[ -f build/CMakeCache.txt ] || cmake --preset default
cmake --build build --parallel 2 --target bench_sandbox bench_cache bench_batch bench_app
orders=${1:-100000}
echo "## sandbox"
build/bench/bench_sandbox "$orders"
echo "## sync of $orders orders from the sandbox (with the two limits it is measured against)"
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
build/bench/bench_cache sync "$orders" "$scratch/sync"
echo "## a 1,000,000-order cache"
mkdir -p build/bench-data
build/bench/bench_cache generate 1000000 build/bench-data/orders-1m.sqlite
build/bench/bench_cache query build/bench-data/orders-1m.sqlite
echo "## the desktop window on the same cache"
build/bench/bench_app build/bench-data/orders-1m.sqlite
echo "## batch capture: 1000 held orders, 20 ms added to every gateway answer"
build/bench/bench_batch 1000 20
