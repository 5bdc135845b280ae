#!/usr/bin/env bash
# Sets everything up and runs every test: installs missing packages,
# configures with the CI preset (warnings are errors), builds, runs ctest and
# the lint gates (scripts/lint.sh: clang-format, clang-tidy, 600 lines a file),
# then gives each libFuzzer target a short run (ACCORD_FUZZ_SECONDS each,
# default 15; 0 skips it; scripts/fuzz.sh 3600 is the long run before a release).
set -euo pipefail
source "$(dirname "$0")/common.sh"

# The fuzz targets build with clang; its libFuzzer runtime is its own package on
# Debian 12 and later, part of libclang-common-14-dev before that.
ACCORD_PACKAGES+=(clang)
# The lint gates (scripts/lint.sh); run.sh does not need them.
ACCORD_PACKAGES+=(clang-format clang-tidy)
# The packaging tests: the desktop file and AppStream validators, groff for the man pages.
ACCORD_PACKAGES+=(appstream desktop-file-utils groff-base shared-mime-info libglib2.0-bin)
ACCORD_OPTIONAL_PACKAGES+=(libclang-rt-14-dev)
accord_install_packages
accord_build ci
cd "$ACCORD_ROOT"
# clang-tidy (about 3 minutes of two cores) runs beside the tests and the fuzz
# runs, which leave a core idle most of the time; its verdict comes last.
TIDY_LOG="$(mktemp)"
bash "$ACCORD_ROOT/scripts/lint.sh" tidy >"$TIDY_LOG" 2>&1 &
TIDY_PID=$!
# ctest starts and stops the team server's throw-away cluster (fixture `pg`);
# this stops it too when the run is cut short.
PG_STATE="$ACCORD_ROOT/build/ci/pg-test"
trap 'kill "$TIDY_PID" 2>/dev/null || true; rm -f "$TIDY_LOG";
      bash "$ACCORD_ROOT/tests/support/pg-fixture.sh" cleanup "$PG_STATE" 2>/dev/null || true' EXIT
ctest --preset ci -j "$(nproc)" --timeout 600
bash "$ACCORD_ROOT/scripts/lint.sh" format lines
if [ "${ACCORD_FUZZ_SECONDS:-15}" -gt 0 ]; then
    bash "$ACCORD_ROOT/scripts/fuzz.sh" "${ACCORD_FUZZ_SECONDS:-15}"
fi
tidy_status=0
wait "$TIDY_PID" || tidy_status=$?
cat "$TIDY_LOG"
exit "$tidy_status"
