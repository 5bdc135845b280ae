#!/usr/bin/env bash
# The test run's throw-away PostgreSQL cluster (ctest fixture `pg`):
#   pg-fixture.sh setup STATE    starts a fresh cluster in a new folder under /tmp
#                                (the server's user must reach it) and writes
#                                STATE/uri and STATE/dir
#   pg-fixture.sh cleanup STATE  stops it and removes its folder
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cluster="$here/../../scripts/pg-cluster.sh"
state=$2
case "$1" in
setup)
    mkdir -p "$state"
    if [ -s "$state/dir" ]; then
        bash "$cluster" stop "$(cat "$state/dir")"
        rm -rf "$(cat "$state/dir")"
    fi
    dir=$(mktemp -d /tmp/accord-pg-XXXXXX)
    chmod 755 "$dir"
    echo "$dir" >"$state/dir"
    bash "$cluster" start "$dir" >"$state/uri"
    cat "$state/uri"
    ;;
cleanup)
    if [ -s "$state/dir" ]; then
        bash "$cluster" stop "$(cat "$state/dir")"
        rm -rf "$(cat "$state/dir")"
        rm -f "$state/dir" "$state/uri"
    fi
    ;;
*)
    echo "usage: $0 setup|cleanup STATE" >&2
    exit 2
    ;;
esac
