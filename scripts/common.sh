# Shared by scripts/run.sh and scripts/test.sh: install what Accord needs from
# Debian/Ubuntu packages when missing, then configure and build with a preset.
# shellcheck shell=bash

ACCORD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

ACCORD_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-pdf-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev sqlite3 nlohmann-json3-dev catch2 libical-dev
    libpq-dev postgresql
    xvfb xauth imagemagick poppler-utils fonts-dejavu-core fonts-symbola
    librsvg2-bin python3
)
# Installed only when the release has them.
ACCORD_OPTIONAL_PACKAGES=()

accord_install_packages() {
    local missing=()
    local optional=()
    local pkg
    for pkg in "${ACCORD_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    for pkg in "${ACCORD_OPTIONAL_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || optional+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ]; then
        return 0
    fi
    echo "Accord: installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "Accord: run this as root (or install sudo) so the packages can be installed." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    for pkg in "${optional[@]}"; do
        apt-cache show "$pkg" >/dev/null 2>&1 && missing+=("$pkg")
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

# accord_build PRESET [TARGET…]
accord_build() {
    local preset="$1"
    shift
    cd "$ACCORD_ROOT" || exit 1
    cmake --preset "$preset" >/dev/null || cmake --preset "$preset"
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" --target "$@"
    else
        cmake --build --preset "$preset"
    fi
}
