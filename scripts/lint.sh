#!/usr/bin/env bash
# Accord's lint gates, run by scripts/test.sh after the build:
#   format  clang-format --dry-run -Werror over src/ and tests/ (.clang-format)
#   lines   no file in src/ over 600 lines
#   tidy    clang-tidy (.clang-tidy) with zero findings over the sources of src/ (and
#           the headers of src/ they include), using the compile_commands.json of a
#           configured build; tests/ are left out to keep the test command short
#
#   scripts/lint.sh                  every gate over the tree
#   scripts/lint.sh GATE…            only those gates over the tree
#   scripts/lint.sh GATE -- FILE…    one gate over the given files (tests use this)
#
# Each finding is printed as FILE:LINE: message. A gate named in
# ACCORD_LINT_REPORT_ONLY (space-separated; empty makes every gate fail) prints its
# findings but does not fail (by default every gate fails).
# Environment: ACCORD_LINT_BUILD (default build/ci), ACCORD_LINT_JOBS (default nproc),
# ACCORD_LINT_MAX_LINES (default 600).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${ACCORD_LINT_BUILD:-$ROOT/build/ci}"
JOBS="${ACCORD_LINT_JOBS:-$(nproc)}"
MAX_LINES="${ACCORD_LINT_MAX_LINES:-600}"
REPORT_ONLY=" ${ACCORD_LINT_REPORT_ONLY-} "
# The root as a regular expression, for clang-tidy's file and header filters.
ROOT_RX="$(printf '%s' "$ROOT" | sed 's/[][(){}.*+?^$|\\]/\\&/g')"

tool() {
    local name
    for name in "$@"; do
        if command -v "$name" >/dev/null 2>&1; then
            echo "$name"
            return 0
        fi
    done
    echo "lint: none of $* is installed (scripts/common.sh installs them)" >&2
    return 1
}

# The C++ files of the tree under the given folders, relative to the root.
tree_files() {
    (cd "$ROOT" && find "$@" -type f \( -name '*.cpp' -o -name '*.h' \) | LC_ALL=C sort)
}

gate_format() {
    local clang_format
    clang_format="$(tool clang-format-14 clang-format)" || return 2
    local files=("$@")
    [ ${#files[@]} -gt 0 ] || mapfile -t files < <(tree_files src tests)
    # clang-format names each file and line it would change ("FILE:LINE:COL: error: …").
    (cd "$ROOT" && "$clang_format" --dry-run -Werror --style="file:$ROOT/.clang-format" "${files[@]}" 2>&1) \
        | grep -E '^[^ ].*:[0-9]+:[0-9]+: (error|warning):' \
        | sed -e 's/ \[-Wclang-format-violations\]$//' \
              -e 's/error: code should be clang-formatted/not formatted (run clang-format -i on it)/'
    return "${PIPESTATUS[0]}"
}

gate_lines() {
    local files=("$@") failed=0 f n
    [ ${#files[@]} -gt 0 ] || mapfile -t files < <(tree_files src)
    for f in "${files[@]}"; do
        n=$(wc -l <"$([ "${f:0:1}" = / ] && echo "$f" || echo "$ROOT/$f")")
        if [ "$n" -gt "$MAX_LINES" ]; then
            echo "$f:$((MAX_LINES + 1)): $n lines, over the limit of $MAX_LINES: split it by meaning"
            failed=1
        fi
    done
    return $failed
}

gate_tidy() {
    local clang_tidy run_clang_tidy out status
    clang_tidy="$(tool clang-tidy-14 clang-tidy)" || return 2
    out="$(mktemp)"
    if [ $# -gt 0 ]; then
        # Given files: with the build's flags when it compiles them, else as plain C++20.
        status=0
        local f
        for f in "$@"; do
            f="$(realpath "$f")"
            if [ -f "$BUILD/compile_commands.json" ] \
                && grep -qF "\"file\": \"$f\"" "$BUILD/compile_commands.json"; then
                "$clang_tidy" --quiet --config-file="$ROOT/.clang-tidy" -p "$BUILD" \
                    -header-filter="^$ROOT_RX/(src|tests)/" "$f" >>"$out" 2>&1 || status=1
            else
                "$clang_tidy" --quiet --config-file="$ROOT/.clang-tidy" "$f" -- -std=c++20 \
                    >>"$out" 2>&1 || status=1
            fi
        done
    else
        if [ ! -f "$BUILD/compile_commands.json" ]; then
            echo "lint: $BUILD/compile_commands.json is missing: configure first (cmake --preset ci)" >&2
            rm -f "$out"
            return 2
        fi
        # The sources of src/ the build compiles (headers are checked through them),
        # not the generated ones in the build folder, in batches of sources that
        # share their flags: one parse of Qt's headers a batch (scripts/tidy_batches.py).
        python3 "$ROOT/scripts/tidy_batches.py" "$BUILD" "$BUILD/tidy-batches" \
            "^$ROOT_RX/src/.*\.cpp\$" "$JOBS" "$clang_tidy" "$ROOT/.clang-tidy" \
            "^$ROOT_RX/src/" >"$out" 2>"$out.log" || { cat "$out.log" >&2; rm -f "$out" "$out.log"; return 2; }
        cat "$out.log" >&2
        rm -f "$out.log"
        rm -rf "$BUILD/tidy-batches"
        status=0
    fi
    # One line per finding, relative to the root, without the code excerpts.
    local findings
    findings="$(sed 's/\x1b\[[0-9;]*m//g' "$out" \
        | grep -E '^[^ ].*:[0-9]+:[0-9]+: (warning|error):' \
        | sed -E -e "s|^$ROOT/||" -e ':a' -e 's|/[^/.][^/]*/\.\./|/|' -e 'ta' | LC_ALL=C sort -u)"
    if [ -n "$findings" ]; then
        echo "$findings"
        status=1
    elif [ $status -ne 0 ]; then
        cat "$out" # clang-tidy failed without a finding: show why
    fi
    rm -f "$out"
    return $status
}

run_gate() {
    local gate="$1" what status count output
    shift
    case "$gate" in
        format) what="clang-format (src, tests)" ;;
        lines) what="files in src over $MAX_LINES lines" ;;
        tidy) what="clang-tidy (src)" ;;
        *)
            echo "lint: unknown gate $gate (format, lines, tidy)" >&2
            return 2
            ;;
    esac
    local start=$SECONDS
    output="$(gate_"$gate" "$@")"
    status=$?
    [ -z "$output" ] || echo "$output"
    count=$(printf '%s' "$output" | grep -c . || true)
    local took="$((SECONDS - start)) s"
    if [ $status -eq 0 ]; then
        echo "lint: $gate passed: $what ($took)"
        return 0
    fi
    if [ $status -ge 2 ]; then
        echo "lint: $gate could not run" >&2
        return 2
    fi
    if [[ "$REPORT_ONLY" == *" $gate "* ]]; then
        echo "lint: $gate found $count problem(s): $what — reporting only, not failing the tests yet"
        return 0
    fi
    echo "lint: $gate FAILED with $count problem(s): $what ($took)"
    return 1
}

main() {
    local gates=() files=()
    while [ $# -gt 0 ]; do
        if [ "$1" = -- ]; then
            shift
            files=("$@")
            break
        fi
        gates+=("$1")
        shift
    done
    [ ${#gates[@]} -gt 0 ] || gates=(format lines tidy)
    if [ ${#files[@]} -gt 0 ] && [ ${#gates[@]} -ne 1 ]; then
        echo "lint: give one gate with files: scripts/lint.sh GATE -- FILE…" >&2
        return 2
    fi
    local failed=0 gate
    for gate in "${gates[@]}"; do
        run_gate "$gate" "${files[@]}" || failed=1
    done
    return $failed
}

main "$@"
