#!/usr/bin/env bash
# Builds one MSI from ipsecdoctor.wxs and a generated files.wxs with Debian's wixl (msitools).
# cmake/Msi.cmake runs it (target `msi`); on Windows the same sources go through WiX 3 instead.
#
#   wixl-build.sh --stage DIR --files FILES.wxs --version X.Y.Z --upgrade-code GUID
#                 --culture en-US|fr-FR --icon FILE.ico --output FILE.msi
#
# Two things wixl 0.101 does not do from the WiX source are finished here with msitools, so the
# MSI behaves as WiX 3 builds it:
#   - MajorUpgrade AllowSameVersionUpgrades="yes" is ignored: the Upgrade row that removes the
#     older product gets "maximum version inclusive" (513 = MigrateFeatures | VersionMaxInclusive),
#     so a rebuilt or other-language MSI of the same version replaces the installed one instead of
#     installing beside it;
#   - Package Languages is ignored: the summary's Template becomes "x64;<language id>".
# wixl only reads files by relative path, so it runs in a scratch folder with links to the inputs.
set -euo pipefail

die() { echo "wixl-build.sh: $*" >&2; exit 2; }
stage="" files="" version="" upgrade_code="" culture="" icon="" output=""
while [ $# -gt 0 ]; do
    [ $# -ge 2 ] || die "$1 needs a value"
    case "$1" in
        --stage) stage=$2 ;;
        --files) files=$2 ;;
        --version) version=$2 ;;
        --upgrade-code) upgrade_code=$2 ;;
        --culture) culture=$2 ;;
        --icon) icon=$2 ;;
        --output) output=$2 ;;
        *) die "unknown argument '$1'" ;;
    esac
    shift 2
done
for v in stage files version upgrade_code culture icon output; do
    [ -n "${!v}" ] || die "--${v//_/-} is required"
done
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "version '$version' is not X.Y.Z"
[[ "$upgrade_code" =~ ^[0-9A-Fa-f]{8}-([0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}$ ]] || die "bad UpgradeCode '$upgrade_code'"
case "$culture" in
    en-US) language=1033 ;;
    fr-FR) language=1036 ;;
    *) die "culture '$culture' has no strings-$culture.wxi" ;;
esac
[ -d "$stage" ] || die "$stage is not a folder"
[ -f "$files" ] || die "$files not found"
[ -f "$icon" ] || die "$icon not found"
command -v wixl >/dev/null && command -v msibuild >/dev/null && command -v msiinfo >/dev/null ||
    die "wixl, msibuild and msiinfo are needed (apt-get install wixl msitools)"

wix_dir=$(cd "$(dirname "$0")" && pwd)
abs() { (cd "$(dirname "$1")" && echo "$(pwd)/$(basename "$1")"); }
output=$(abs "$output")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ln -s "$(abs "$stage")" "$work/stage"
ln -s "$(abs "$icon")" "$work/product.ico"
cp "$files" "$work/files.wxs"

cd "$work"
# wixl warns (GLib) about the WiX attributes it does not know: Platform (it takes -a x64) and
# AllowSameVersionUpgrades (handled below). Anything else on stderr is shown.
wixl -a x64 -I "$wix_dir" \
    -D Version="$version" -D UpgradeCode="$upgrade_code" -D Culture="$culture" \
    -D StageDir=stage -D IconFile=product.ico \
    -o "$work/out.msi" "$wix_dir/ipsecdoctor.wxs" files.wxs 2> wixl.err || { cat wixl.err >&2; exit 1; }
grep -v -e "has no property named 'Platform'" -e "has no property named 'AllowSameVersionUpgrades'" \
    -e '^$' wixl.err >&2 || true

mkdir idt
msiinfo export out.msi Upgrade > idt/Upgrade.idt
awk -F'\t' 'BEGIN { OFS = "\t"; RS = "\r\n"; ORS = "\r\n" } NR > 3 && $7 == "WIX_UPGRADE_DETECTED" { $5 = 513; fixed++ } { print }
            END { if (fixed != 1) exit 1 }' idt/Upgrade.idt > idt/Upgrade.new ||
    die "no WIX_UPGRADE_DETECTED row in the Upgrade table (did MajorUpgrade change?)"
mv idt/Upgrade.new idt/Upgrade.idt
(cd idt && msibuild ../out.msi -i Upgrade.idt)
package_code=$(cat /proc/sys/kernel/random/uuid | tr a-f A-F)
msibuild out.msi -s "IPsec Doctor" "IPsec Doctor" "x64;$language" "{$package_code}"

mv out.msi "$output"
echo "wixl-build.sh: $output ($culture, $(du -h "$output" | cut -f1))"
