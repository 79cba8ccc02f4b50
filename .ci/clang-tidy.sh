#!/usr/bin/env bash
# The curated clang-tidy checks (.clang-tidy) over every core and app source the native build
# compiles, from its compile_commands.json (run after the native build). The Windows backends
# (win/) are not in that build: GCC checks them, warnings as errors, in the mingw build.
#   bash .ci/clang-tidy.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/native}"
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json: build first" >&2; exit 1; }
root="$(pwd)"
mapfile -t files < <(grep -o '"file": "[^"]*"' "$build/compile_commands.json" | sed 's/"file": "//; s/"$//' |
    sed "s|^$root/||" | grep -E '^(core|app)/' | grep -v '_autogen/' | sort -u)
echo "clang-tidy: ${#files[@]} files"
# --extra-arg: the GCC-only warning flags of the build mean nothing to clang. The per-file count
# of suppressed warnings (system and Qt headers) is left out of the log.
set +e
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 8 \
    clang-tidy -p "$build" --quiet --extra-arg=-Wno-unknown-warning-option 2>&1 |
    grep -v '^[0-9]* warnings\? generated\.$'
status=${PIPESTATUS[1]}
set -e
if [ "$status" -ne 0 ]; then
    echo "clang-tidy: findings above (.clang-tidy lists the checks)" >&2
    exit 1
fi
echo "clang-tidy: no finding"
