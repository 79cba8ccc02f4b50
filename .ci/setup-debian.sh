#!/usr/bin/env bash
# Installs what IPsec Doctor needs to build and test on Debian 12, as root. Idempotent: on a
# machine that has everything it returns in a second.
#   bash .ci/setup-debian.sh            everything (native, sanitizers, Windows cross-build, Wine)
#   bash .ci/setup-debian.sh native     only what the native GUI/CLI build needs
set -euo pipefail

native=(
    cmake ninja-build ccache g++ pkg-config git python3 clang-format clang-tidy
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libspdlog-dev libfmt-dev nlohmann-json3-dev libgtest-dev googletest zlib1g-dev
    xvfb xauth fonts-dejavu-core
    libssl-dev libevtx-dev libbfio-dev libevtx-utils
    strongswan-charon strongswan-swanctl strongswan-pki openssl libstrongswan-standard-plugins ike-scan iproute2 nftables
    dpkg-dev file
)
windows=(
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix libz-mingw-w64-dev
    wine wine64 fonts-wine xz-utils
    wixl msitools
    imagemagick x11-utils
)

packages=("${native[@]}")
if [ "${1:-all}" != native ]; then
    packages+=("${windows[@]}")
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Qt 6.4.2 cross-built for mingw-w64 (see shared/toolchains/README.md): unpacked once to the path
# it was configured for. CI has shared/ beside the clone.
if [ "${1:-all}" != native ] && [ ! -x /opt/qt6-mingw/bin/qt-cmake ]; then
    here=$(cd "$(dirname "$0")/.." && pwd)
    archive=${IPSECDOCTOR_QT_MINGW_ARCHIVE:-$here/../shared/toolchains/qt6.4.2-qtbase-mingw-w64-x86_64.tar.xz}
    if [ -f "$archive" ]; then
        echo "== unpacking $archive to /opt/qt6-mingw"
        tar -xJf "$archive" -C /opt
    else
        echo "!! no Qt for mingw at $archive: the Windows GUI and CLI will not be cross-built" >&2
    fi
fi
echo "== dependencies ready"
