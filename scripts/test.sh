#!/usr/bin/env bash
# Sets everything up and runs every test: installs missing packages,
# configures with the CI preset (warnings are errors), builds, runs ctest.
set -euo pipefail
source "$(dirname "$0")/common.sh"

accord_install_packages
accord_build ci
cd "$ACCORD_ROOT"
ctest --preset ci -j "$(nproc)" --timeout 600
