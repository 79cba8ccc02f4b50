#!/bin/sh
# Runs a cross-built Windows program under Wine and exits with its exit code. CMake uses this as
# CMAKE_CROSSCOMPILING_EMULATOR, so `ctest` runs every test .exe through it.
#
#   wine-run.sh program.exe [arguments...]
#
# All runs of one build tree share one Wine prefix, <build dir>/wineprefix (the build dir is the
# nearest folder above the program holding CMakeCache.txt), so the ~10 s prefix creation is paid
# once. IPSECDOCTOR_WINEPREFIX overrides it. A generic WINEPREFIX is deliberately ignored: the
# Windows tests create and delete services, which must never happen in someone's own prefix.
#
# The prefix is made on first use under flock (ctest may start several tests at once) and set to
# report Windows 10. Qt's DLLs and the mingw runtime DLLs are found through WINEPATH, so a Qt app
# runs from the build tree without copying DLLs beside it.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 program.exe [arguments...]" >&2
    exit 2
fi
program=$1
shift

for tool in wine wineboot wineserver flock; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "wine-run.sh: '$tool' not found (install wine, wine64 and util-linux)" >&2
        exit 127
    fi
done

# Nearest build tree above the program; its CMakeCache.txt also names the Qt prefix.
find_build_dir() {
    dir=$(cd "$(dirname "$1")" && pwd -P)
    while [ "$dir" != "/" ]; do
        if [ -f "$dir/CMakeCache.txt" ]; then
            echo "$dir"
            return
        fi
        dir=$(dirname "$dir")
    done
    cd "$(dirname "$1")" && pwd -P
}
build_dir=$(find_build_dir "$program")

# Wine's own chatter is noise in test logs; mono and gecko cannot be installed offline and would
# otherwise be offered on prefix creation.
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
export WINEARCH=win64
export WINEPREFIX="${IPSECDOCTOR_WINEPREFIX:-$build_dir/wineprefix}"

# Windows path of a Unix path through Wine's Z: drive (maps / by default).
to_windows_path() {
    printf 'Z:%s' "$1" | tr '/' '\\'
}

qt_prefix=${IPSECDOCTOR_QT_MINGW_PREFIX:-}
if [ -z "$qt_prefix" ] && [ -f "$build_dir/CMakeCache.txt" ]; then
    qt_prefix=$(sed -n 's/^IPSECDOCTOR_QT_MINGW_PREFIX:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
fi
qt_prefix=${qt_prefix:-/opt/qt6-mingw}
winepath="$(to_windows_path "$qt_prefix/bin")"
for dll in /usr/lib/gcc/x86_64-w64-mingw32/*-posix/libstdc++-6.dll \
    /usr/x86_64-w64-mingw32/lib/libwinpthread-1.dll; do
    if [ -f "$dll" ]; then
        winepath="$winepath;$(to_windows_path "$(dirname "$dll")")"
    fi
done
export WINEPATH="$winepath${WINEPATH:+;$WINEPATH}"

ready="$WINEPREFIX/.ipsecdoctor-ready"
if [ ! -f "$ready" ]; then
    mkdir -p "$(dirname "$WINEPREFIX")"
    # Only one runner creates the prefix; the others wait here, then find it ready.
    exec 9>"$WINEPREFIX.lock"
    flock 9
    if [ ! -f "$ready" ]; then
        if [ -d "$WINEPREFIX" ]; then
            # Left half-made by an interrupted run: its server (if any) belongs to this prefix.
            wineserver -k >/dev/null 2>&1 || true
            rm -rf "$WINEPREFIX"
        fi
        started=$(date +%s)
        # wineboot warns that syswow64\rundll32.exe is missing: expected without wine32.
        wineboot -i >/dev/null 2>&1
        # Windows 10 for the version APIs (Wine 8 defaults to Windows 7), then the registry
        # values of a Windows 10 22H2 client as the machine-info backend reads them; winecfg
        # writes build 18362 and none of DisplayVersion/UBR. CurrentVersion stays "6.3" on real
        # Windows 10 (kept for old programs), so a reader that wrongly uses it shows up in tests.
        winecfg -v win10 >/dev/null 2>&1
        reg_file="$WINEPREFIX/ipsecdoctor-win10.reg"
        cat >"$reg_file" <<'REG'
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion]
"ProductName"="Windows 10 Pro"
"EditionID"="Professional"
"DisplayVersion"="22H2"
"ReleaseId"="2009"
"CurrentBuild"="19045"
"CurrentBuildNumber"="19045"
"CurrentMajorVersionNumber"=dword:0000000a
"CurrentMinorVersionNumber"=dword:00000000
"CurrentVersion"="6.3"
"UBR"=dword:00000d0b
REG
        wine regedit /S "$(to_windows_path "$reg_file")" >/dev/null 2>&1
        touch "$ready"
        echo "wine-run.sh: created Wine prefix $WINEPREFIX in $(($(date +%s) - started)) s" >&2
    fi
    flock -u 9
    exec 9>&-
fi

status=0
wine "$program" "$@" || status=$?

# Wait until this prefix's Wine processes (services.exe, winedevice.exe, the server) have exited,
# so nothing outlives the test; with tests running in parallel this also waits for the others.
# Bounded: a service left running by a crashed test keeps the server alive, and the test's own
# result is known already.
if ! timeout 300 wineserver -w; then
    echo "wine-run.sh: Wine processes of $WINEPREFIX still running after 300 s" >&2
fi
exit "$status"
