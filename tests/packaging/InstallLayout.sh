#!/usr/bin/env bash
# Installs a build into a scratch prefix and checks what a distribution would
# ship: the programs (each prints its version, the app without a display), the
# desktop file, the AppStream metainfo, the icons, the man pages (every command
# of `accord-cli --help` in accord-cli.1) and the bash completion (sourced, it
# completes every command).
#
#   InstallLayout.sh BUILD_DIR VERSION APP_ID
set -uo pipefail

BUILD="$1"
VERSION="$2"
APP_ID="$3"
PREFIX="$(mktemp -d)"
trap 'rm -rf "$PREFIX"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

if ! cmake --install "$BUILD" --prefix "$PREFIX" >"$PREFIX.log" 2>&1; then
    cat "$PREFIX.log"
    rm -f "$PREFIX.log"
    echo "FAIL: cmake --install $BUILD --prefix $PREFIX"
    exit 1
fi
rm -f "$PREFIX.log"

# Every file is there and not empty.
share="$PREFIX/share"
files=(
    "bin/accord" "bin/accord-cli"
    "share/applications/$APP_ID.desktop"
    "share/metainfo/$APP_ID.metainfo.xml"
    "share/mime/packages/$APP_ID.xml"
    "share/icons/hicolor/scalable/apps/$APP_ID.svg"
    "share/man/man1/accord.1" "share/man/man1/accord-cli.1"
    "share/bash-completion/completions/accord-cli"
)
for size in 16 22 24 32 48 64 128 256; do
    files+=("share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
for file in "${files[@]}"; do
    [ -s "$PREFIX/$file" ] || fail "$file is missing or empty"
done
for program in accord accord-cli; do
    [ -x "$PREFIX/bin/$program" ] || fail "bin/$program is not executable"
done

# Each PNG is a PNG of its size (width and height in the IHDR chunk).
for size in 16 22 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    [ -s "$png" ] || continue
    signature="$(od -An -tx1 -N8 "$png" | tr -d ' \n')"
    read -r width height < <(od -An -tu4 --endian=big -j16 -N8 "$png")
    [ "$signature" = "89504e470d0a1a0a" ] || fail "${size}x${size}/$APP_ID.png is not a PNG"
    [ "$width x $height" = "$size x $size" ] \
        || fail "${size}x${size}/$APP_ID.png is $width x $height"
done

# The desktop file starts the installed program and names the installed icon.
desktop="$share/applications/$APP_ID.desktop"
grep -qx 'Exec=accord %f' "$desktop" || fail "$APP_ID.desktop does not run accord %f"
grep -qx "Icon=$APP_ID" "$desktop" || fail "$APP_ID.desktop does not name the icon $APP_ID"
grep -q "<id>$APP_ID</id>" "$share/metainfo/$APP_ID.metainfo.xml" \
    || fail "the metainfo's id is not $APP_ID"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" \
    "$share/metainfo/$APP_ID.metainfo.xml" || fail "the metainfo does not launch $APP_ID.desktop"

# Pipelines are a MIME type of their own, which the desktop file opens: by
# the name Accord offers (*.accord) and, under any name, by the application id
# in the SQLite header.
mime_xml="$share/mime/packages/$APP_ID.xml"
[ -s "$mime_xml" ] || fail "share/mime/packages/$APP_ID.xml is missing"
grep -qx 'MimeType=application/x-accord-pipeline;' "$desktop" \
    || fail "$APP_ID.desktop does not name the pipeline MIME type"
if ! mime_log="$(XDG_DATA_DIRS="$share:/usr/share" update-mime-database "$share/mime" 2>&1)" ||
    [ -n "$mime_log" ]; then
    fail "update-mime-database on the installed MIME type: $mime_log"
fi
samples="$PREFIX/samples"
mkdir -p "$samples"
"$PREFIX/bin/accord-cli" --db "$samples/pipeline.accord" demo >/dev/null 2>&1 \
    || fail "accord-cli could not make a demo pipeline"
cp "$samples/pipeline.accord" "$samples/renamed.data"
printf 'SQLite format 3\000 but not Accord\n' >"$samples/other.data"
content_type() {
    XDG_DATA_DIRS="$share:/usr/share" XDG_DATA_HOME="$samples/none" \
        gio info -a standard::content-type "$1" 2>&1 | sed -n 's/^ *standard::content-type: //p'
}
for sample in pipeline.accord renamed.data; do
    type="$(content_type "$samples/$sample")"
    [ "$type" = "application/x-accord-pipeline" ] || fail "$sample is seen as '$type'"
done
type="$(content_type "$samples/other.data")"
[ "$type" != "application/x-accord-pipeline" ] || fail "a file without Accord's id is seen as a pipeline"

# The installed programs run and print the release; the app needs no display.
cli_version="$("$PREFIX/bin/accord-cli" --version 2>&1)"
[ "$cli_version" = "accord-cli $VERSION" ] || fail "accord-cli --version printed: $cli_version"
app_version="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    "$PREFIX/bin/accord" --version 2>&1)"
[ "$app_version" = "accord $VERSION" ] || fail "accord --version printed: $app_version"
app_help="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$PREFIX/bin/accord" --help 2>&1)"
[[ "$app_help" == *--db* ]] || fail "accord --help without a display printed: $app_help"
app_help_all="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    "$PREFIX/bin/accord" --help-all 2>&1)"
[[ "$app_help_all" == *--db* && "$app_help_all" == *--help-all* ]] ||
    fail "accord --help-all without a display printed: $app_help_all"

# The commands `accord-cli --help` lists: the first word of each entry under "Commands:".
mapfile -t commands < <("$PREFIX/bin/accord-cli" --help 2>/dev/null \
    | awk '/^Commands:$/ { on = 1; next } on && !/^ / { on = 0 } on && /^  [^ ]/ { print $1 }' \
    | sort -u)
[ ${#commands[@]} -ge 20 ] || fail "accord-cli --help lists only ${#commands[@]} commands"

# The man pages: a groff man header, no warnings from groff, and every command.
for page in accord accord-cli; do
    file="$share/man/man1/$page.1"
    [ -s "$file" ] || continue
    title="$(echo "$page" | tr '[:lower:]' '[:upper:]')"
    header="$(head -n 1 "$file")"
    [[ "$header" == ".TH ${title//-/\\-} 1 "* ]] \
        || fail "$page.1 does not start with a .TH $title 1 header: $header"
    warnings="$(groff -man -Tutf8 -ww -z "$file" 2>&1)"
    [ -z "$warnings" ] || fail "groff warns on $page.1: $warnings"
done
if [ -s "$share/man/man1/accord-cli.1" ]; then
    # man formats plainly into a pipe; groff alone is told to.
    if command -v man >/dev/null 2>&1; then
        rendered="$(MANWIDTH=200 man -l "$share/man/man1/accord-cli.1" 2>&1)"
    else
        rendered="$(groff -man -Tutf8 -P-cbou -rLL=200n "$share/man/man1/accord-cli.1" 2>&1)"
    fi
    for command in "${commands[@]}"; do
        grep -qE "^ +$command( |\$)" <<<"$rendered" || fail "accord-cli.1 has no entry for $command"
    done
    for section in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT CODES"; do
        grep -qx "$section" <<<"$rendered" || fail "accord-cli.1 has no $section section"
    done
fi

# The completion, sourced by bash, completes accord-cli's commands and an
# export's kinds.
completion="$share/bash-completion/completions/accord-cli"
# shellcheck disable=SC2016 # expanded by the inner bash
complete_words='source "$1"; shift
complete -p accord-cli >/dev/null || exit 1
COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
_accord_cli
printf "%s\n" "${COMPREPLY[@]}"'
offered="$(bash -c "$complete_words" _ "$completion" accord-cli "" 2>&1)" \
    || fail "sourcing the completion defines no completion for accord-cli: $offered"
for command in "${commands[@]}"; do
    grep -qx -- "$command" <<<"$offered" || fail "the completion does not offer $command"
done
offered="$(bash -c "$complete_words" _ "$completion" accord-cli export "" 2>&1)"
[ "$(sort <<<"$offered" | tr '\n' ' ')" = "backup ics pipeline summary " ] \
    || fail "accord-cli export <Tab> offers: $offered"
offered="$(bash -c "$complete_words" _ "$completion" accord-cli advance 7 --to "" 2>&1)"
[ "$(tr '\n' ' ' <<<"$offered")" = "informative consulting negotiation partnership " ] \
    || fail "accord-cli advance 7 --to <Tab> offers: $offered"

if [ "$failures" -gt 0 ]; then
    echo "$failures problems in the installed layout"
    exit 1
fi
echo "The installed layout is complete: ${#files[@]} files, ${#commands[@]} commands."
