#!/usr/bin/env bash
# Rebuild the Qt 6.4.2 qtbase prefix for Windows x86_64 (mingw-w64) that the mingw preset uses,
# from Debian 12's own qt6-base source package, on a fresh Debian 12 machine.
#
# This reproduces ../shared/toolchains/qt6.4.2-qtbase-mingw-w64-x86_64.tar.xz (see its
# BUILD-NOTES.md): same source, same configure flags, same host tools. CI never runs this: it
# unpacks the archive (or uses an existing prefix). About 40 minutes on 2 idle cores.
#
# Usage: installer/cross/build-qt-mingw.sh [--prefix DIR] [--work DIR] [--jobs N] [--archive FILE]
#   --prefix   install prefix (default /opt/qt6-mingw, the path the shared archive was made for)
#   --work     scratch folder for the source and the build tree (default /tmp/qt6-mingw-build)
#   --jobs     parallel compile jobs (default: number of cores)
#   --archive  also pack the prefix as a .tar.xz (like the shared archive)
# Needs root for apt-get (it adds deb-src entries for Debian's archive if none are configured).
set -euo pipefail

prefix=/opt/qt6-mingw
work=/tmp/qt6-mingw-build
jobs=$(nproc)
archive=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --archive) archive=$2; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "build-qt-mingw.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
case "$prefix" in /*) ;; *) echo "build-qt-mingw.sh: --prefix must be absolute" >&2; exit 2 ;; esac
case "$work" in /*) ;; *) echo "build-qt-mingw.sh: --work must be absolute" >&2; exit 2 ;; esac

qt_version=6.4.2
log() { echo "[build-qt-mingw $(date -u +%H:%M:%S)] $*"; }

# 1. Packages: the mingw-w64 compilers, Debian's native Qt 6.4.2 (host tools moc/rcc/uic, and the
#    version the cross build must match), cmake/ninja, and dpkg-dev for `apt-get source`.
export DEBIAN_FRONTEND=noninteractive
if ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    log "adding deb-src entries for Debian 12 (bookworm)"
    cat > /etc/apt/sources.list.d/ipsecdoctor-deb-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi
apt-get update -q
apt-get install -y -q --no-install-recommends dpkg-dev cmake ninja-build \
    g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev binutils-mingw-w64-x86-64 \
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools qt6-l10n-tools

host_qt=$(dpkg-query -W -f='${Version}' qt6-base-dev)
case "$host_qt" in
    "$qt_version"+*) ;;
    *) echo "build-qt-mingw.sh: native qt6-base-dev is $host_qt; the cross build needs the same $qt_version" >&2; exit 1 ;;
esac

# 2. Source: Debian's qt6-base, all Debian patches applied by dpkg-source.
mkdir -p "$work"
cd "$work"
src="$work/qt6-base-$qt_version+dfsg"
if [ ! -d "$src" ]; then
    log "apt-get source qt6-base"
    apt-get source -q qt6-base
fi
[ -f "$src/CMakeLists.txt" ] || { echo "build-qt-mingw.sh: $src not found after apt-get source" >&2; exit 1; }

# 3. Toolchain file, written into the prefix BEFORE configuring: Qt's qt.toolchain.cmake chain-loads
#    the file by the path used at configure time, so it must be a durable one.
mkdir -p "$prefix"
cat > "$prefix/mingw-toolchain.cmake" <<TC
# CMake toolchain file: Linux host -> Windows x86_64 (mingw-w64, posix threads)
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(TOOLCHAIN_PREFIX x86_64-w64-mingw32)
set(CMAKE_C_COMPILER   \${TOOLCHAIN_PREFIX}-gcc-posix)
set(CMAKE_CXX_COMPILER \${TOOLCHAIN_PREFIX}-g++-posix)
set(CMAKE_RC_COMPILER  \${TOOLCHAIN_PREFIX}-windres)
# Target sysroot (mingw-w64 headers/libs) + the cross-built Qt
set(CMAKE_FIND_ROOT_PATH /usr/\${TOOLCHAIN_PREFIX} $prefix)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
TC

# 4. Configure. Why the less obvious flags:
#  - QT_HOST_PATH_CMAKE_DIR: Debian keeps Qt's CMake packages in the multiarch folder.
#  - INPUT_opengl=no: only this (configure -no-opengl) also turns off dynamic OpenGL.
#  - tabletevent OFF: Debian's dfsg source drops src/3rdparty/wintab, which the Windows tablet code needs.
#  - direct2d ON but direct2d1_1 OFF: in 6.4 the DirectWrite font database is only compiled with
#    direct2d, yet the windows platform plugin uses it; direct2d1_1 OFF skips the direct2d QPA plugin
#    (which would need wintab too).
build="$work/build"
log "configure ($build)"
cmake -G Ninja -S "$src" -B "$build" \
    -DCMAKE_TOOLCHAIN_FILE="$prefix/mingw-toolchain.cmake" \
    -DQT_HOST_PATH=/usr \
    -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DQT_QMAKE_TARGET_MKSPEC=win32-g++ \
    -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=ON \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
    -DFEATURE_pkg_config=OFF \
    -DFEATURE_sql=OFF -DINPUT_opengl=no -DFEATURE_dbus=OFF \
    -DFEATURE_testlib=ON -DFEATURE_printsupport=ON -DFEATURE_concurrent=ON -DFEATURE_xml=OFF \
    -DFEATURE_vulkan=OFF -DFEATURE_zstd=OFF -DFEATURE_openssl=OFF \
    -DFEATURE_androiddeployqt=OFF \
    -DFEATURE_tabletevent=OFF -DFEATURE_direct2d=ON -DFEATURE_direct2d1_1=OFF \
    -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF \
    -DFEATURE_system_doubleconversion=OFF -DFEATURE_system_png=OFF \
    -DFEATURE_freetype=OFF -DFEATURE_jpeg=OFF

# 5. Build and install.
log "build with $jobs jobs"
start=$(date +%s)
cmake --build "$build" --parallel "$jobs"
log "built in $(( $(date +%s) - start )) s"
cmake --install "$build"

# 6. Sanity: the pieces an IPsec Doctor deployment needs are there.
for f in bin/Qt6Core.dll bin/Qt6Gui.dll bin/Qt6Widgets.dll bin/Qt6Network.dll bin/Qt6Concurrent.dll \
         plugins/platforms/qwindows.dll plugins/styles/qwindowsvistastyle.dll \
         lib/cmake/Qt6/qt.toolchain.cmake; do
    [ -f "$prefix/$f" ] || { echo "build-qt-mingw.sh: missing $prefix/$f" >&2; exit 1; }
done
log "installed into $prefix ($(du -sh "$prefix" | cut -f1))"

if [ -n "$archive" ]; then
    tar -C "$(dirname "$prefix")" -cJf "$archive" "$(basename "$prefix")"
    log "archive $archive"
fi
