#!/usr/bin/env bash
# The Windows deliverable, from the build tree .ci/windows-tests.sh made (build/mingw): the MSIs
# (English and French, built with wixl from installer/wix/), then the proof under Wine that they
# install, run (CLI, and the GUI with screenshots) and uninstall. About 2 minutes.
#   bash .ci/windows-package.sh
# Artefacts, in build/artefacts/:
#   ipsecdoctor.msi, ipsecdoctor-fr.msi
#   wine/welcome-fr.png, wine/welcome-en.png   the installed GUI's welcome page under Wine
#   wine/*.log, wine/check.json               msiexec logs, the installed CLI's diagnosis
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
start=$(date +%s)
step() { echo "== $* ($(($(date +%s) - start)) s)"; }

[ -f build/mingw/CMakeCache.txt ] || { echo "!! run .ci/windows-tests.sh first (build/mingw)" >&2; exit 1; }
step "MSI (target msi: stage with cmake --install, wixl)"
# The Qt prefix windows-tests.sh configured (IPSECDOCTOR_QT_MINGW_PREFIX), not the preset's default.
qt_prefix=$(sed -n 's/^IPSECDOCTOR_QT_MINGW_PREFIX:[A-Z]*=//p' build/mingw/CMakeCache.txt)
cmake --preset mingw -DIPSECDOCTOR_QT_MINGW_PREFIX="${qt_prefix:-/opt/qt6-mingw}" >/dev/null
cmake --build --preset mingw --target msi

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/mingw/CMakeCache.txt)

step "what the MSI ships: subsystems, manifest, version resources"
stage=build/mingw/msi/stage/bin
subsystem() { x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^Subsystem[[:space:]]*[0-9a-f]*[[:space:]]*//p'; }
[ "$(subsystem "$stage/ipsecdoctor.exe")" = "(Windows GUI)" ] || { echo "!! ipsecdoctor.exe is not a GUI program" >&2; exit 1; }
[ "$(subsystem "$stage/ipsecdoctor-cli.exe")" = "(Windows CUI)" ] || { echo "!! ipsecdoctor-cli.exe is not a console program" >&2; exit 1; }
grep -q 'level="asInvoker"' "$stage/ipsecdoctor.exe" || { echo "!! no asInvoker manifest in ipsecdoctor.exe" >&2; exit 1; }
for exe in ipsecdoctor ipsecdoctor-cli; do
    # VERSIONINFO strings are UTF-16: the original file name and the product version must be there.
    python3 - "$stage/$exe.exe" "$exe.exe" "$version" <<'PY' || { echo "!! no version resource in $exe.exe" >&2; exit 1; }
import sys
data = open(sys.argv[1], "rb").read()
sys.exit(0 if all(s.encode("utf-16-le") in data for s in ("OriginalFilename", sys.argv[2], "ProductVersion", sys.argv[3])) else 1)
PY
done
echo "   GUI/console subsystems, asInvoker manifest, version $version resources: ok"
artefacts=build/artefacts
mkdir -p "$artefacts"
rm -rf "$artefacts/wine"
cp build/mingw/msi/ipsecdoctor.msi build/mingw/msi/ipsecdoctor-fr.msi "$artefacts/"

# For the upgrade test only (not an artefact): the same files as a higher product version.
step "test MSI with a higher version (major upgrade, downgrade refused)"
upgrade_code=$(msiinfo export "$artefacts/ipsecdoctor.msi" Property | tr -d '\r{}' |
    awk -F'\t' '$1 == "UpgradeCode" { print $2 }')
bash installer/wix/wixl-build.sh --stage build/mingw/msi/stage --files build/mingw/msi/files.wxs \
    --version 99.0.0 --upgrade-code "$upgrade_code" --culture en-US \
    --icon resources/icons/ipsecdoctor.ico --output build/mingw/msi/upgrade-test-99.0.0.msi

step "install, run and uninstall under Wine"
bash installer/wine/test-msi-under-wine.sh --msi "$artefacts/ipsecdoctor.msi" \
    --msi-fr "$artefacts/ipsecdoctor-fr.msi" --msi-newer build/mingw/msi/upgrade-test-99.0.0.msi \
    --version "$version" --out "$artefacts/wine"

step "Windows package passed; artefacts in $artefacts"
ls -l "$artefacts" "$artefacts/wine"
