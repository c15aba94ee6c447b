#!/bin/sh
# Runs the benchmarks and prints one "name value unit" line per figure, then each target figure
# beside its limit and the ratio (the machine may be busy with other work: read the ratios).
#   bench/run.sh [--repeat N] [--sync-only] [ORDERS]
#       sandbox figures; N syncs (default 1) of ORDERS (default 100000) orders, each beside the two
#       limits measured in the same run, with the min/median/max of the ratio; the queries on a
#       1,000,000-order cache (generated once into build/bench-data); the desktop window on it; and a
#       batch of 1000 captures with 20 ms latency; --sync-only stops after the syncs
#   bench/run.sh --team [--team-orders N] [ORDERS]
#       the team run on PostgreSQL instead: a sync of ORDERS orders into it beside its limits (the gateway,
#       and the same rows stored by the fastest bulk path, multi-row upsert or COPY), then the queries on
#       an N-order (default 1,000,000) team database. Uses the cluster PGHOST/PGPORT/PGUSER/PGPASSWORD
#       name, or starts a throw-away one with pg_virtualenv.
set -eu
cd "$(dirname "$0")/.."
repeat=1
team=""
team_orders=1000000
sync_only=
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat=$2; shift 2 ;;
    --team) team=1; shift ;;
    --sync-only) sync_only=1; shift ;;
    --team-orders) team=1; team_orders=$2; shift 2 ;;
    *) break ;;
  esac
done
packaging/install-deps.sh run
if [ -n "$team" ]; then
  if [ -z "${PGHOST:-}" ]; then
    command -v pg_virtualenv >/dev/null 2>&1 || packaging/install-deps.sh test
    # -t: a cluster of its own in a temporary directory, even as root (the tests may run one at the same time).
    exec pg_virtualenv -t -- "$0" --team --team-orders "$team_orders" "$@"
  fi
  [ -f build/CMakeCache.txt ] || cmake --preset default
  cmake --build build --parallel 2 --target bench_cache
  orders=${1:-100000}
  scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
  echo "load before: $(uptime)"
  echo "## team: a sync of $orders orders from the sandbox into PostgreSQL (with the two limits it is measured against)"
  build/bench/bench_cache pg-sync "$orders" | tee "$scratch/sync"
  echo "## team: a $team_orders-order team database"
  build/bench/bench_cache pg-generate "$team_orders" | tee "$scratch/figures"
  build/bench/bench_cache pg-query | tee -a "$scratch/figures"
  echo "load after: $(uptime)"
  echo "## against the limits (ratio = figure / limit; for times at most 1.00 meets the target)"
  bench/limits.awk -v team=1 /dev/null "$scratch/sync" "$scratch/figures"
  exit 0
fi
[ -f build/CMakeCache.txt ] || cmake --preset default
cmake --build build --parallel 2 --target bench_sandbox bench_cache bench_batch bench_app
orders=${1:-100000}
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
out="$scratch/figures"
echo "load before: $(uptime)"
echo "## sandbox"
build/bench/bench_sandbox "$orders" | tee -a "$out"
i=1
while [ "$i" -le "$repeat" ]; do
  echo "## sync $i of $repeat: $orders orders from the sandbox (with the two limits it is measured against)"
  build/bench/bench_cache sync "$orders" "$scratch/sync" | tee "$scratch/sync-$i"
  # The run's ratio: its full sync's rate over the slower of its two limits.
  # With it, the CPU ceiling: the slower limit's CPU time over the sync's (this process and the sandbox). When other
  # work leaves the run about one core, the sync can reach that ratio at most, however well its stages overlap.
  awk '{ v[$1] = $2 } END { l = "limit_gateway_fetch_only"; if (v["limit_sqlite_insert"] < v[l]) l = "limit_sqlite_insert";
       printf "%s %.3f %.3f\n", "sync_ratio", v["sync_full_rate"] / v[l], v[l "_cpu"] / v["sync_full_cpu"] }' \
    "$scratch/sync-$i" >>"$scratch/ratios"
  cat "$scratch/sync-$i" >>"$out"
  i=$((i + 1))
done
if [ -n "$sync_only" ]; then
  echo "load after: $(uptime)"
  bench/limits.awk "$scratch/ratios" "$out"
  exit 0
fi
echo "## a 1,000,000-order cache"
mkdir -p build/bench-data
build/bench/bench_cache generate 1000000 build/bench-data/orders-1m.sqlite | tee -a "$out"
echo "cache_file_size $(($(stat -c %s build/bench-data/orders-1m.sqlite) / 1048576)) MB" | tee -a "$out"
build/bench/bench_cache query build/bench-data/orders-1m.sqlite | tee -a "$out"
echo "## the desktop window on the same cache"
build/bench/bench_app build/bench-data/orders-1m.sqlite | tee -a "$out"
echo "## batch capture: 1000 held orders, 20 ms added to every gateway answer"
# The cache file written above is still being flushed: its writeback is not the batch's to wait behind.
sync
build/bench/bench_batch 1000 20 | tee -a "$out"
echo "load after: $(uptime)"
echo "## against the limits (ratio = figure / limit; for times and sizes at most 1.00 meets the target)"
bench/limits.awk "$scratch/ratios" "$out"
