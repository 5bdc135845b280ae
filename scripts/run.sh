#!/usr/bin/env bash
# Sets everything up and starts Accord on the default database
# (the app-data folder), offering a demo pipeline on first start.
# Usage: scripts/run.sh [accord options, e.g. --db FILE]
set -euo pipefail
source "$(dirname "$0")/common.sh"

accord_install_packages
accord_build dev accord accord-cli

app="$ACCORD_ROOT/build/dev/src/app/accord"
cli="$ACCORD_ROOT/build/dev/src/cli/accord-cli"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    cat >&2 <<MSG
Accord is built, but this session has no display (neither DISPLAY nor WAYLAND_DISPLAY is set),
so the window cannot be shown. Either:
  - run it inside a virtual display:   xvfb-run -a $app
  - run it offscreen (no window):      QT_QPA_PLATFORM=offscreen $app
  - or use the command line:           $cli demo --db /tmp/demo.sqlite && $cli --db /tmp/demo.sqlite list
MSG
    exit 1
fi
exec "$app" "$@"
