#!/bin/sh
# run.sh SECONDS [libFuzzer options]: builds the fuzz build (build-fuzz, preset "fuzz") if needed and
# runs every harness for SECONDS, one after another, each on a fresh corpus under
# build-fuzz/fuzz/<harness>/ seeded from the spec fixtures and tests/fuzz/seeds (never written to).
# Prints each harness's executions, coverage and result; exits 1 if any found a crash, leak or
# timeout (the input is kept as build-fuzz/fuzz/<harness>/crash-* etc.).
# FUZZ_HARNESSES="fuzz_money fuzz_form_data" runs only those. Extra options go to every harness,
# e.g. run.sh 0 -runs=1000000 for a fixed number of executions.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 SECONDS [libFuzzer options]" >&2; exit 2; }
seconds=$1; shift
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"
cd "$root"
[ -f "$build/CMakeCache.txt" ] || cmake --preset fuzz >/dev/null
cmake --build "$build" --target fuzzers --parallel 2 | grep -v '^\[' || true
[ -x "$build/tests/fuzz/fuzz_money" ] || { echo "fuzz build failed" >&2; exit 1; }

failed=""
while IFS='|' read -r name exe seeds; do
  case " ${FUZZ_HARNESSES:-$name} " in *" $name "*) ;; *) continue ;; esac
  for dir in $seeds; do
    [ -d "$dir" ] || { echo "$name: seed directory $dir is missing" >&2; exit 1; }
  done
  work="$build/fuzz/$name"
  rm -rf "$work"; mkdir -p "$work/corpus"
  rc=0
  # shellcheck disable=SC2086 # seeds is a list of directories
  "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/" "$@" "$work/corpus" $seeds >"$work/log" 2>&1 || rc=$?
  done_line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$work/log" | tail -n 1)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
  cov=$(echo "$done_line" | sed -n 's/.*cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/cov \1, ft \2, corpus \3/p')
  artifacts=$(find "$work" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | tr '\n' ' ')
  if [ "$rc" -eq 0 ] && [ -z "$artifacts" ]; then
    result=ok
  else
    result="FINDING (exit $rc) ${artifacts:-see $work/log}"
    failed="$failed $name"
    grep -E '^==[0-9]+==ERROR|^SUMMARY|runtime error|^    #[0-9]+ .* in (PayDesk|LLVMFuzzerTestOneInput)' "$work/log" | head -n 20 >&2 || true
  fi
  printf '%-20s %10s execs  %-32s %s\n' "$name" "${runs:-?}" "${cov:-cov ?}" "$result"
done <"$build/tests/fuzz/harnesses.txt"

if [ -n "$failed" ]; then
  echo "fuzzing found problems in:$failed (inputs and logs in $build/fuzz/)" >&2
  exit 1
fi
