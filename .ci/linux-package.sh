#!/usr/bin/env bash
# The Linux package for support staff: a .deb of the native GUI and CLI (CPack), installed with
# apt (which resolves its dependencies from dpkg-shlibdeps), run, then removed again.
# Uses the native build tree of .ci/test-all.sh (build/native). Under a minute.
#   bash .ci/linux-package.sh
# Artefact: build/artefacts/ipsecdoctor_<version>_amd64.deb
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
[ -f build/native/CPackConfig.cmake ] || { echo "!! build the native preset first (build/native)" >&2; exit 1; }

echo "== .deb (CPack)"
cmake --build --preset native --target ipsecdoctor ipsecdoctor-cli
rm -rf build/native/packages
(cd build/native && cpack -G DEB)
deb=$(ls build/native/packages/ipsecdoctor_*_amd64.deb)
mkdir -p build/artefacts
cp "$deb" build/artefacts/
dpkg-deb --field "$deb"
dpkg-deb --contents "$deb"

echo "== install it, run it, remove it"
version=$(dpkg-deb --field "$deb" Version)
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
trap 'apt-get remove -y -qq ipsecdoctor >/dev/null' EXIT
for exe in /usr/bin/ipsecdoctor /usr/bin/ipsecdoctor-cli; do
    [ -x "$exe" ] || { echo "!! $exe not installed" >&2; exit 1; }
    if ldd "$exe" | grep -q "not found"; then
        ldd "$exe" >&2
        echo "!! $exe misses libraries" >&2
        exit 1
    fi
done
got=$(ipsecdoctor-cli --version)
echo "   ipsecdoctor-cli --version: $got"
[[ "$got" == *"$version"* ]] || { echo "!! expected version $version" >&2; exit 1; }
# A bundle from a Windows PC, analysed on Linux (what the package is for): exit 1 = problems found.
# As a support technician runs it: as root the CLI does fix, undo and a live check only (its
# elevation boundary), so a root CI hands the bundle to nobody.
cli=(ipsecdoctor-cli)
[ "$(id -u)" -eq 0 ] && cli=(setpriv --reuid=nobody --regid=nogroup --clear-groups -- env HOME=/tmp ipsecdoctor-cli)
status=0
"${cli[@]}" check --bundle resources/samples/policyagent-disabled.zip --json > build/artefacts/deb-check.json ||
    status=$?
[ "$status" -eq 1 ] || { echo "!! check --bundle exited with $status, expected 1 (problems found)" >&2; exit 1; }
grep -q '"service.policyagent.disabled"' build/artefacts/deb-check.json ||
    { echo "!! the sample bundle's finding is missing" >&2; exit 1; }
# The installed GUI starts (its Qt libraries and platform plugin resolve) and is still running
# after a few seconds with the sample bundle open: timeout's 124 is the expected end.
data=$(mktemp -d)
status=0
QT_QPA_PLATFORM=offscreen IPSECDOCTOR_DATA_DIR="$data" timeout 8 ipsecdoctor --lang fr \
    --bundle resources/samples/policyagent-disabled.zip || status=$?
rm -rf "$data"
[ "$status" -eq 124 ] || { echo "!! the installed GUI exited with $status instead of running" >&2; exit 1; }
echo "   ipsecdoctor (offscreen) ran with the sample bundle"
echo "== .deb passed: build/artefacts/$(basename "$deb")"
