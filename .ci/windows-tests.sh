#!/usr/bin/env bash
# Windows cross-build of the whole tree (core, GUI, CLI, tests) with mingw-w64, then every test
# under Wine: the portable core tests cross-built, and tests/win against Wine's real SCM,
# registry and shell. Works from a clean clone on Debian 12 with the packages below installed
# (.ci/setup-debian.sh installs them). About 5-8 minutes on 2 cores from scratch.
#   bash .ci/windows-tests.sh
# Environment: IPSECDOCTOR_SHARED (default: ../shared beside the clone) holds the Qt archive;
# IPSECDOCTOR_QT_MINGW_PREFIX uses another Qt prefix, e.g. one installer/cross/build-qt-mingw.sh
# made (default: /opt/qt6-mingw, unpacked from the archive when missing);
# IPSECDOCTOR_WINEPREFIX overrides the test prefix (default: build/mingw/wineprefix).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
start=$(date +%s)
step() { echo "== $* ($(($(date +%s) - start)) s)"; }

packages=(
    cmake ninja-build util-linux xz-utils
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix libz-mingw-w64-dev
    googletest nlohmann-json3-dev libspdlog-dev libfmt-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    wine wine64 fonts-wine
    strongswan-pki openssl
)
echo "== Debian packages this script needs: ${packages[*]}"
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "!! missing: ${missing[*]}" >&2
    echo "!! install them with: apt-get install --no-install-recommends ${missing[*]}" >&2
    echo "!! (or run: bash .ci/setup-debian.sh)" >&2
    exit 1
fi

# Qt 6.4.2 for mingw, unpacked to the path it was built for (shared/toolchains/README.md).
qt_prefix=${IPSECDOCTOR_QT_MINGW_PREFIX:-/opt/qt6-mingw}
if [ ! -x "$qt_prefix/bin/qt-cmake" ] && [ "$qt_prefix" != /opt/qt6-mingw ]; then
    echo "!! IPSECDOCTOR_QT_MINGW_PREFIX=$qt_prefix holds no Qt (no bin/qt-cmake)" >&2
    exit 1
fi
if [ ! -x "$qt_prefix/bin/qt-cmake" ]; then
    shared=${IPSECDOCTOR_SHARED:-$repo/../shared}
    archive=$shared/toolchains/qt6.4.2-qtbase-mingw-w64-x86_64.tar.xz
    if [ ! -f "$archive" ]; then
        echo "!! $qt_prefix is missing and so is $archive" >&2
        exit 1
    fi
    step "unpacking $archive to $qt_prefix"
    mkdir -p "$(dirname "$qt_prefix")"
    tar -xJf "$archive" -C "$(dirname "$qt_prefix")"
fi

step "configure (preset mingw, Qt from $qt_prefix)"
cmake --preset mingw -DIPSECDOCTOR_QT_MINGW_PREFIX="$qt_prefix" >/dev/null

step "build"
cmake --build --preset mingw

step "tests under Wine ($(wine --version 2>/dev/null))"
# Two at a time: the test groups share one Wine prefix and each SCM test uses its own services.
ctest --preset mingw -j2 --timeout 600

step "Windows build and tests passed"
