#!/usr/bin/env bash
# Builds Accord's libFuzzer targets with clang (ASan + UBSan) in build/fuzz and
# runs each for N seconds (default 60) on a copy of its seed corpus in
# tests/fuzz/corpus/<target>. Findings (crash-*, leak-*, timeout-*) land in
# build/fuzz/findings/<target>/ and make the script exit non-zero.
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]      e.g. scripts/fuzz.sh 10
#   ACCORD_FUZZ_JOBS=2 scripts/fuzz.sh 3600  # the long run, before a release
#
# Targets: parse (dates, times, money), bundle_json (core::bundleFromJson),
# csv_import (CSV reader + CRM import planner), backup_json (JSON backup importer).
# Needs: clang, libclang-rt-14-dev (apt-get install clang libclang-rt-14-dev).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_EACH="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(parse bundle_json csv_import backup_json)
BUILD="$ROOT/build/fuzz"
JOBS="${ACCORD_FUZZ_JOBS:-1}"

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }

CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DACCORD_FUZZ=ON -DACCORD_BUILD_GUI=OFF -DACCORD_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j "$(nproc)" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
status=0
for t in "${TARGETS[@]}"; do
    corpus="$BUILD/corpus/$t"          # grows as the fuzzer finds new inputs
    findings="$BUILD/findings/$t"
    mkdir -p "$corpus" "$findings"
    cp -n "$ROOT/tests/fuzz/corpus/$t/"* "$corpus/" 2>/dev/null || true
    echo "== fuzz_$t for ${SECONDS_EACH}s"
    log="$findings/last.log"
    parallel=()
    [ "$JOBS" -gt 1 ] && parallel=(-jobs="$JOBS" -workers="$JOBS")
    # Run inside the findings folder: libFuzzer's per-job logs land there, not in the tree.
    if ! (cd "$findings" && "$BUILD/tests/fuzz/fuzz_$t" "$corpus" -max_total_time="$SECONDS_EACH" \
            -max_len=65536 -timeout=10 -rss_limit_mb=2048 "${parallel[@]}" \
            -artifact_prefix="$findings/" -print_final_stats=1) >"$log" 2>&1; then
        echo "fuzz_$t: FINDING — see $log and $findings/" >&2
        status=1
    fi
    grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$log" | tail -2 || true
done
exit $status
