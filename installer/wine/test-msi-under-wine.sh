#!/usr/bin/env bash
# Proof that the MSIs install, run and uninstall, under Wine in a throwaway prefix set to Windows 10:
#   1. msiexec /i ipsecdoctor.msi /qn installs (files, Start-menu shortcut, registry, ARP entry);
#   2. the INSTALLED ipsecdoctor-cli.exe runs --version and, elevated as Wine runs everything
#      (as Intune runs it as SYSTEM), a live check --json, and refuses a bundle (no WINEPATH: only the
#      DLLs the MSI put beside it);
#   3. the installed GUI starts under Xvfb in a Wine desktop window, French then English; a
#      screenshot of each welcome page is saved;
#   4. ipsecdoctor-fr.msi (same version, French) replaces the English product (major upgrade);
#      with --msi-newer, a higher version replaces that, and the older MSI then refuses to install
#      (downgrade blocked);
#   5. msiexec /x uninstalls: no files, shortcut, registry key or ARP entry remain, and the user's
#      %LOCALAPPDATA%\IPsecDoctor (logs, journal) is left in place, as the README says.
#
#   test-msi-under-wine.sh --msi ipsecdoctor.msi --msi-fr ipsecdoctor-fr.msi --version X.Y.Z --out DIR
#                          [--msi-newer FILE.msi]   (same product built with a higher version)
#
# DIR receives welcome-fr.png, welcome-en.png and the msiexec logs. Needs wine, wine64, fonts-wine,
# msitools, xvfb, xauth, imagemagick, x11-utils, python3. About a minute.
# What Wine shows and what it cannot: see installer/README.md.
set -euo pipefail

die() { echo "test-msi-under-wine.sh: $*" >&2; exit 2; }
msi="" msi_fr="" msi_newer="" version="" out=""
while [ $# -gt 0 ]; do
    [ $# -ge 2 ] || die "$1 needs a value"
    case "$1" in
        --msi) msi=$2 ;;
        --msi-fr) msi_fr=$2 ;;
        --msi-newer) msi_newer=$2 ;;
        --version) version=$2 ;;
        --out) out=$2 ;;
        *) die "unknown argument '$1'" ;;
    esac
    shift 2
done
[ -f "$msi" ] && [ -f "$msi_fr" ] && [ -n "$version" ] && [ -n "$out" ] ||
    die "usage: $0 --msi FILE --msi-fr FILE --version X.Y.Z --out DIR"
for tool in wine wineboot wineserver msiinfo xvfb-run import compare identify xwininfo python3; do
    command -v "$tool" >/dev/null || die "'$tool' not found"
done

abs() { (cd "$(dirname "$1")" && echo "$(pwd)/$(basename "$1")"); }
msi=$(abs "$msi")
msi_fr=$(abs "$msi_fr")
[ -z "$msi_newer" ] || msi_newer=$(abs "$msi_newer")
mkdir -p "$out"
out=$(cd "$out" && pwd)
start=$(date +%s)
step() { echo "-- $* ($(($(date +%s) - start)) s)"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# A fresh prefix of our own (never the user's): created here, its wineserver ended and the folder
# deleted on exit. winemenubuilder is off so no Linux menu entries are made from the shortcut.
export WINEPREFIX
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/ipsecdoctor-msi-wine.XXXXXX")
export WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe="
unset WINEPATH
cleanup() {
    wineserver -k >/dev/null 2>&1 || true
    rm -rf "$WINEPREFIX"
}
trap cleanup EXIT
win() { printf 'Z:%s' "$1" | tr '/' '\\'; }

step "Wine prefix (Windows 10, Wine's fonts, font smoothing)"
wineboot -i >/dev/null 2>&1
winecfg -v win10 >/dev/null 2>&1
cat > "$WINEPREFIX/desktop.reg" <<'REG'
Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\Control Panel\Desktop]
"FontSmoothing"="2"
"FontSmoothingType"=dword:00000002
"FontSmoothingGamma"=dword:00000578
"FontSmoothingOrientation"=dword:00000001
REG
wine regedit /S "$(win "$WINEPREFIX/desktop.reg")" >/dev/null 2>&1
# Wine's own Tahoma in the prefix's Fonts folder: without it Qt's "MS Shell Dlg 2" falls back to a
# host font whose metrics clip accents ("Etat" for "État"); see shared/toolchains/BUILD-NOTES.md.
if ls /usr/share/wine/fonts/*.ttf >/dev/null 2>&1; then
    cp /usr/share/wine/fonts/*.ttf "$WINEPREFIX/drive_c/windows/Fonts/"
fi
wineserver -w

c="$WINEPREFIX/drive_c"
app="$c/Program Files/IPsec Doctor"
app_win='C:\Program Files\IPsec Doctor'
# ALLUSERS=1: Windows puts ProgramMenuFolder shortcuts in the all-users Start menu; Wine 8's msi
# resolves ProgramMenuFolder to the installing user's folder whatever ALLUSERS says. Either counts.
find_shortcut() {
    for f in "$c/ProgramData/Microsoft/Windows/Start Menu/Programs/IPsec Doctor.lnk" \
        "$c"/users/*/AppData/Roaming/Microsoft/Windows/"Start Menu"/Programs/"IPsec Doctor.lnk"; do
        if [ -f "$f" ]; then
            echo "$f"
            return
        fi
    done
}
product_code() { msiinfo export "$1" Property | tr -d '\r' | awk -F'\t' '$1 == "ProductCode" { print $2 }'; }
code_en=$(product_code "$msi")
code_fr=$(product_code "$msi_fr")
arp_key() { echo "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$1"; }
has_key() { wine reg query "$1" >/dev/null 2>&1; }
# The shortcut's description is stored as UTF-16 in the .lnk file.
lnk_has() { python3 -c 'import sys; sys.exit(0 if sys.argv[2].encode("utf-16-le") in open(sys.argv[1], "rb").read() else 1)' "$1" "$2"; }

step "install $(basename "$msi") (msiexec /i /qn)"
wine msiexec /i "$(win "$msi")" /qn /l*v "$(win "$out/install-en.log")" || fail "msiexec /i returned $?"
wineserver -w
for f in bin/ipsecdoctor.exe bin/ipsecdoctor-cli.exe bin/Qt6Core.dll bin/Qt6Gui.dll bin/Qt6Widgets.dll \
         bin/libstdc++-6.dll bin/platforms/qwindows.dll bin/styles/qwindowsvistastyle.dll; do
    [ -f "$app/$f" ] || fail "$app_win\\$f was not installed"
done
shortcut=$(find_shortcut)
[ -n "$shortcut" ] || fail "no Start-menu shortcut"
lnk_has "$shortcut" "Find out why the VPN will not connect" || fail "shortcut lacks the English description"
has_key "$(arp_key "$code_en")" || fail "no Add/Remove Programs entry $code_en"
wine reg query 'HKLM\Software\IPsec Doctor' /v Version 2>/dev/null | grep -q "$version" ||
    fail "HKLM\\Software\\IPsec Doctor Version is not $version"
echo "   files, shortcut, HKLM\\Software\\IPsec Doctor and the ARP entry are there"

step "installed CLI: --version, check --json (elevated, as Intune runs it), a bundle refused"
cd "$WINEPREFIX"
cli="$app_win\\bin\\ipsecdoctor-cli.exe"
got=$(wine "$cli" --version | tr -d '\r')
echo "   $got"
[[ "$got" == *"$version"* ]] || fail "--version printed '$got', expected $version"
# Wine gives every process a full administrator token, so these are elevated runs: a live check
# names no file, path or server and stays allowed (management agents run it as SYSTEM).
status=0
wine "$cli" check --json > "$out/check.json" || status=$?
# 0 = no problem, 1 = problems found: both are a completed diagnosis (Wine's services are not
# those of a configured VPN client). Anything else is a failure.
[ "$status" -le 1 ] || fail "check --json exited with $status"
python3 - "$out/check.json" "$version" <<'PY' || fail "check --json output is not the documented JSON"
import json, sys
body = json.load(open(sys.argv[1], encoding="utf-8"))
assert body["tool"]["name"] == "ipsecdoctor-cli", body["tool"]
assert body["tool"]["version"] == sys.argv[2], body["tool"]
assert body["source"]["kind"] == "live", body["source"]
assert isinstance(body["findings"], list) and body["findings"], "no findings"
print("   check --json: %d findings, schema_version %s" % (len(body["findings"]), body["schema_version"]))
PY
# A file the caller names is outside the elevation boundary: refused before anything is read.
status=0
wine "$cli" check --bundle 'C:\\x.zip' --lang en > /dev/null 2> "$out/check.err" || status=$?
[ "$status" -eq 2 ] || fail "elevated check --bundle exited with $status, expected the usage refusal (2)"
grep -q "refused when ipsecdoctor-cli runs as administrator" "$out/check.err" ||
    fail "elevated check --bundle: no refusal message: $(head -c 400 "$out/check.err")"
echo "   check --bundle, elevated: refused (exit 2), as the elevation boundary requires"

step "installed GUI under Xvfb: welcome page in French and English"
logs_dir() { ls -d "$c"/users/*/AppData/Local/IPsecDoctor 2>/dev/null | head -1; }
cat > "$WINEPREFIX/shots.sh" <<'SHOTS'
#!/usr/bin/env bash
# Runs inside xvfb-run: one Wine desktop window per language, a screenshot of each.
set -euo pipefail
gui="$1"; out="$2"
for lang in fr en; do
    wine explorer "/desktop=IPsecDoctor-$lang,1024x768" "$gui" --wizard-style modern --lang "$lang" \
        >"$out/gui-$lang.log" 2>&1 &
    pid=$!
    # Up to 60 s for the wizard to map its window inside the Wine desktop, then let it paint.
    for _ in $(seq 60); do
        if xwininfo -root -tree 2>/dev/null | grep -q '"IPsec Doctor'; then break; fi
        sleep 1
    done
    sleep 5
    xwininfo -root -tree > "$out/windows-$lang.txt" 2>&1 || true
    import -window root "$out/welcome-$lang.png"
    kill "$pid" 2>/dev/null || true
    wineserver -k >/dev/null 2>&1 || true
    wait "$pid" 2>/dev/null || true
done
SHOTS
xvfb-run -a -s '-screen 0 1024x768x24' bash "$WINEPREFIX/shots.sh" "$app_win\\bin\\ipsecdoctor.exe" "$out"
for lang in fr en; do
    [ -s "$out/welcome-$lang.png" ] || fail "no screenshot for $lang"
    grep -q '"IPsec Doctor' "$out/windows-$lang.txt" || fail "the wizard's window never appeared ($lang)"
    colours=$(identify -format '%k' "$out/welcome-$lang.png")
    [ "$colours" -gt 16 ] || fail "welcome-$lang.png is nearly blank ($colours colours)"
done
# Same window, other language: the pixels must differ.
diff_pixels=$(compare -metric AE "$out/welcome-fr.png" "$out/welcome-en.png" null: 2>&1 || true)
[ "${diff_pixels%% *}" -gt 1000 ] 2>/dev/null || fail "French and English screenshots are alike ($diff_pixels)"
data=$(logs_dir)
[ -n "$data" ] && grep -q "IPsec Doctor $version starting" "$data/logs/ipsecdoctor.log" ||
    fail "the GUI did not log its start in %LOCALAPPDATA%\\IPsecDoctor\\logs"
echo "   welcome-fr.png, welcome-en.png saved in $out"

step "install $(basename "$msi_fr") over it (major upgrade, same version)"
wine msiexec /i "$(win "$msi_fr")" /qn /l*v "$(win "$out/install-fr.log")" || fail "msiexec /i (fr) returned $?"
wineserver -w
has_key "$(arp_key "$code_fr")" || fail "no ARP entry for the French product"
! has_key "$(arp_key "$code_en")" || fail "the English product is still registered beside the French one"
[ -f "$app/bin/ipsecdoctor.exe" ] || fail "the upgrade removed the program"
lnk_has "$shortcut" "Trouver pourquoi le VPN ne se connecte pas" || fail "shortcut lacks the French description"
# Accented text survives the MSI's code page (1252): the ARP comment, as Wine's registry file holds
# it (non-ASCII characters written as \x escapes).
python3 - "$WINEPREFIX/system.reg" <<'PY' || fail "the French ARP comment is not intact in the registry"
import re, sys
text = re.sub(r"\\x([0-9a-fA-F]{1,4})", lambda m: chr(int(m.group(1), 16)),
              open(sys.argv[1], encoding="utf-8", errors="replace").read())
sys.exit(0 if "trouve pourquoi un VPN IPsec ne se connecte pas, et le répare" in text else 1)
PY
echo "   the French product replaced the English one"

installed_msi=$msi_fr
installed_code=$code_fr
if [ -n "$msi_newer" ]; then
    code_newer=$(product_code "$msi_newer")
    step "install a newer version over it (major upgrade), then the older one again (refused)"
    wine msiexec /i "$(win "$msi_newer")" /qn /l*v "$(win "$out/install-newer.log")" ||
        fail "msiexec /i (newer) returned $?"
    wineserver -w
    has_key "$(arp_key "$code_newer")" || fail "no ARP entry for the newer product"
    ! has_key "$(arp_key "$code_fr")" || fail "the older product is still registered beside the newer one"
    status=0
    wine msiexec /i "$(win "$msi_fr")" /qn /l*v "$(win "$out/install-downgrade.log")" || status=$?
    wineserver -w
    [ "$status" -ne 0 ] || fail "the older MSI installed over the newer one (downgrade not blocked)"
    # Refused for the right reason: the newer product was detected (MajorUpgrade's downgrade row).
    grep -q 'WIX_DOWNGRADE_DETECTED = {' "$out/install-downgrade.log" ||
        fail "the older MSI failed, but not because it detected the newer product"
    has_key "$(arp_key "$code_newer")" && ! has_key "$(arp_key "$code_fr")" ||
        fail "the refused downgrade changed what is installed"
    echo "   upgraded to the newer version; the older MSI was refused (msiexec exit $status)"
    installed_msi=$msi_newer
    installed_code=$code_newer
fi

step "uninstall (msiexec /x /qn)"
wine msiexec /x "$(win "$installed_msi")" /qn /l*v "$(win "$out/uninstall.log")" || fail "msiexec /x returned $?"
wineserver -w
[ ! -e "$app" ] || fail "$app_win is still there: $(find "$app" | head -5)"
[ -z "$(find_shortcut)" ] || fail "the Start-menu shortcut is still there"
! has_key 'HKLM\Software\IPsec Doctor' || fail "HKLM\\Software\\IPsec Doctor is still there"
! has_key "$(arp_key "$installed_code")" || fail "the ARP entry is still there"
[ -f "$data/logs/ipsecdoctor.log" ] || fail "uninstall removed the user's logs (it must keep them)"
echo "   nothing left but the user's $(basename "$data") folder (logs, journal), as documented"

step "MSI proof under Wine passed"
