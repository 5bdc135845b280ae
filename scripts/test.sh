#!/usr/bin/env bash
# Sets everything up and runs every test: installs missing packages,
# configures with the CI preset (warnings are errors), builds, runs ctest, runs
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
ACCORD_OPTIONAL_PACKAGES+=(libclang-rt-14-dev)
accord_install_packages
accord_build ci
cd "$ACCORD_ROOT"
ctest --preset ci -j "$(nproc)" --timeout 600
# clang-tidy takes about 8 minutes on two cores and still only reports (see
# scripts/lint.sh), so the test command runs the gates that fail; ACCORD_LINT_TIDY=1
# adds it, and `scripts/lint.sh tidy` runs it alone.
if [ "${ACCORD_LINT_TIDY:-0}" = 1 ]; then
    bash "$ACCORD_ROOT/scripts/lint.sh"
else
    bash "$ACCORD_ROOT/scripts/lint.sh" format lines
fi
if [ "${ACCORD_FUZZ_SECONDS:-15}" -gt 0 ]; then
    bash "$ACCORD_ROOT/scripts/fuzz.sh" "${ACCORD_FUZZ_SECONDS:-15}"
fi
