#!/usr/bin/env bash
# Each lint gate of scripts/lint.sh fails on a file that breaks it, naming the
# file and line, and passes the same file once it is fixed.
#   GateTests.sh PATH/TO/scripts/lint.sh
set -uo pipefail
LINT="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
failures=0

# expect STATUS PATTERN -- lint arguments…: runs lint with every gate failing.
expect() {
    local want="$1" pattern="$2" out status
    shift 3
    out="$(ACCORD_LINT_REPORT_ONLY='' bash "$LINT" "$@" 2>&1)"
    status=$?
    if [ "$status" -ne "$want" ] || ! grep -qE -- "$pattern" <<<"$out"; then
        echo "FAIL: lint $* exited $status (wanted $want) and should print /$pattern/:"
        echo "$out" | sed 's/^/    /'
        failures=$((failures + 1))
    else
        echo "ok: lint $* -> $status"
    fi
}

# lines: 601 lines fail, 600 pass.
seq 601 | sed 's|^|// line |' >"$TMP/Long.cpp"
seq 600 | sed 's|^|// line |' >"$TMP/Short.cpp"
expect 1 "Long.cpp:601: 601 lines, over the limit of 600" -- lines -- "$TMP/Long.cpp"
expect 0 "lines passed" -- lines -- "$TMP/Short.cpp"
# A gate in ACCORD_LINT_REPORT_ONLY prints its findings and does not fail.
out="$(ACCORD_LINT_REPORT_ONLY=lines bash "$LINT" lines -- "$TMP/Long.cpp" 2>&1)"
if [ $? -ne 0 ] || ! grep -q "reporting only" <<<"$out"; then
    echo "FAIL: a report-only gate should pass and say so:"; echo "$out"
    failures=$((failures + 1))
else
    echo "ok: report-only lines gate -> 0"
fi

# format: a misformatted file fails at its first wrong line; the formatted one passes.
printf 'int twice(int x)\n{\n    return 2 * x;\n}\n\nint  thrice( int x ){return 3*x;}\n' >"$TMP/Format.cpp"
expect 1 "Format.cpp:6:[0-9]+: not formatted" -- format -- "$TMP/Format.cpp"
printf 'int twice(int x)\n{\n    return 2 * x;\n}\n' >"$TMP/Formatted.cpp"
expect 0 "format passed" -- format -- "$TMP/Formatted.cpp"

# tidy: a use after move (bugprone) and a copy in a range loop (performance) fail.
cat >"$TMP/Tidy.cpp" <<'CPP'
#include <string>
#include <utility>
#include <vector>

std::size_t total(const std::vector<std::string>& names)
{
    std::size_t n = 0;
    for (const auto name : names)
        n += name.size();
    return n;
}

std::size_t moved(std::string text)
{
    std::string other = std::move(text);
    return other.size() + text.size();
}
CPP
expect 1 "Tidy.cpp:8:[0-9]+: warning: .*performance-for-range-copy" -- tidy -- "$TMP/Tidy.cpp"
expect 1 "Tidy.cpp:16:[0-9]+: warning: .*bugprone-use-after-move" -- tidy -- "$TMP/Tidy.cpp"
cat >"$TMP/Clean.cpp" <<'CPP'
#include <string>
#include <vector>

std::size_t total(const std::vector<std::string>& names)
{
    std::size_t n = 0;
    for (const auto& name : names)
        n += name.size();
    return n;
}
CPP
expect 0 "tidy passed" -- tidy -- "$TMP/Clean.cpp"

[ "$failures" -eq 0 ] || { echo "$failures lint gate check(s) failed"; exit 1; }
