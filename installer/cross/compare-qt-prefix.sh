#!/usr/bin/env bash
# Compares a Qt prefix rebuilt by build-qt-mingw.sh with the reference one (../shared/toolchains,
# unpacked to /opt/qt6-mingw): same files, same Qt features, and the same exported symbols of every
# DLL. Byte-identical DLLs are not expected (time stamps and build paths differ).
#   compare-qt-prefix.sh REBUILT [REFERENCE]       exit 0 when they match
set -euo pipefail
rebuilt=${1:?usage: $0 REBUILT [REFERENCE]}
reference=${2:-/opt/qt6-mingw}
status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Names only: contents differ legitimately (the CMake files and the toolchain copy record the prefix).
list() { (cd "$1" && find . -type f -o -type l | sort); }
list "$reference" > "$work/reference.txt"
list "$rebuilt" > "$work/rebuilt.txt"
if diff -u "$work/reference.txt" "$work/rebuilt.txt" > "$work/files.diff"; then
    echo "files: same $(wc -l < "$work/reference.txt") files"
else
    echo "files: DIFFERENT"; cat "$work/files.diff"; status=1
fi

features() { grep -h '^#define QT_FEATURE_' "$1"/include/Qt*/qt*-config*.h 2>/dev/null | sort; }
if diff -u <(features "$reference") <(features "$rebuilt") > "$work/features.diff"; then
    echo "features: same $(features "$reference" | wc -l) QT_FEATURE_ values"
else
    echo "features: DIFFERENT"; cat "$work/features.diff"; status=1
fi

exports() { x86_64-w64-mingw32-objdump -p "$1" | sed -n '/\[Ordinal\/Name Pointer\] Table/,/^$/p' | awk '{print $NF}' | sort; }
while read -r dll; do
    dll=${dll#./}
    [ -f "$rebuilt/$dll" ] || continue
    if ! diff -q <(exports "$reference/$dll") <(exports "$rebuilt/$dll") >/dev/null; then
        echo "exports of $dll: DIFFERENT"; status=1
    fi
done < <(grep '\.dll$' "$work/reference.txt")
[ $status -ne 0 ] || echo "exports: every DLL exports the same symbols"
exit $status
