#!/usr/bin/env bash
# scripts/team-server.sh end to end: a team server in a temporary folder with
# its users and the demo pipeline, each user seeing their share; run twice (the
# second run finds everything done); stopped even when a check fails.
#   TeamServerScriptTest.sh SCRIPT ACCORD_CLI
set -euo pipefail
script=$1
export ACCORD_CLI=$2
dir=$(mktemp -d)
trap 'bash "$script" stop "$dir" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT

fail() {
    echo "FAILED: $*" >&2
    exit 1
}

out=$(bash "$script" "$dir")
grep -q "Pushed 36 prospect(s)" <<<"$out" || fail "the demo pipeline was not pushed: $out"
uri() { grep -o "'postgresql://$1@[^']*'" <<<"$out" | tr -d "'"; }
count() { "$ACCORD_CLI" --db "$(uri "$1")" list --json | grep -c '"stage_name":' || true; }
owners() {
    "$ACCORD_CLI" --db "$(uri "$1")" list --json | grep -o '"owner": "[a-z_]*"' | sort -u \
        | sed 's/"owner": //; s/"//g' | tr '\n' ' '
}
[ "$(count accord_owner)" -eq 36 ] || fail "the owner sees $(count accord_owner) prospects, not 36"
[ "$(owners dana)" = "dana ravi tomas " ] || fail "dana sees the prospects of $(owners dana)"
[ "$(owners ana)" = "ana " ] || fail "ana sees the prospects of $(owners ana)"
[ "$(owners tomas)" = "dana ravi tomas " ] || fail "tomas sees the prospects of $(owners tomas)"

again=$(bash "$script" "$dir")
grep -q "up to date" <<<"$again" || fail "a second run did not find the schema up to date"
grep -q "Pushed" <<<"$again" && fail "a second run pushed the demo again"
[ "$(count accord_owner)" -eq 36 ] || fail "after a second run the server holds $(count accord_owner) prospects"
echo "team-server.sh: ok"
