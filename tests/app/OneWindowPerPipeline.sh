#!/usr/bin/env bash
# The app as a desktop starts it, with real processes: `accord FILE` while a
# window has FILE open raises that window and exits; `accord` alone reopens
# the pipeline of the last run (here: hands over to the window that has it);
# a window that crashed leaves nothing that stops the next start.
# Usage: OneWindowPerPipeline.sh ACCORD ACCORD_CLI (ctest runs it)
set -u
APP="$1"
CLI="$2"

work="$(mktemp -d)"
first=""
cleanup() {
    [ -n "$first" ] && kill "$first" 2>/dev/null && wait "$first" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    [ -f "$work/first.log" ] && sed 's/^/  first window: /' "$work/first.log"
    exit 1
}

# A home of its own: settings, app data and the sockets stay in $work.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/run" TMPDIR="$work/tmp" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$TMPDIR"
chmod 700 "$XDG_RUNTIME_DIR"
pipeline="$work/team.accord"
"$CLI" --db "$pipeline" demo >/dev/null 2>&1 || fail "accord-cli could not make the demo pipeline"

socket_inode() {
    local socket
    socket="$(compgen -G "$TMPDIR/accord-*" | head -n 1)"
    [ -n "$socket" ] && stat -c "%i %y" "$socket"
}

# Starts the first window; it listens once its socket is there (a new one,
# when a crashed window left one behind).
start_first() {
    local stale
    stale="$(socket_inode)"
    "$APP" "$pipeline" >"$work/first.log" 2>&1 &
    first=$!
    for _ in $(seq 1 150); do
        local now
        now="$(socket_inode)"
        [ -n "$now" ] && [ "$now" != "$stale" ] && return 0
        kill -0 "$first" 2>/dev/null || fail "the first window exited"
        sleep 0.1
    done
    fail "the first window never listened for a second start"
}

start_first

# A second start for the same file, by another spelling of its path.
out="$(cd "$work" && timeout 20 "$APP" ./team.accord 2>&1)"
rc=$?
[ $rc -eq 0 ] || fail "the second start exited $rc: $out"
[[ "$out" == *"is already open in Accord"* ]] || fail "the second start printed: $out"
kill -0 "$first" 2>/dev/null || fail "the first window is gone"

# `accord` alone: the last pipeline, which the first window has open.
out="$(timeout 20 "$APP" 2>&1)"
rc=$?
[ $rc -eq 0 ] || fail "accord alone exited $rc instead of reopening the last pipeline: $out"
[[ "$out" == *"team.accord is already open in Accord"* ]] || fail "accord alone printed: $out"
[ ! -e "$XDG_DATA_HOME/Accord/Accord/accord.sqlite" ] || fail "accord alone made the default database"

# A window that crashed leaves its socket behind; the next start takes over.
kill -KILL "$first"
wait "$first" 2>/dev/null
first=""
compgen -G "$TMPDIR/accord-*" >/dev/null || fail "no socket was left behind to test with"
start_first
out="$(timeout 20 "$APP" "$pipeline" 2>&1)"
rc=$?
[ $rc -eq 0 ] && [[ "$out" == *"is already open in Accord"* ]] \
    || fail "after a crash, the new window did not answer a second start ($rc): $out"
echo "PASS"
