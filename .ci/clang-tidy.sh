#!/usr/bin/env bash
# The curated clang-tidy checks (.clang-tidy) over every core and app source the native build
# compiles, from its compile_commands.json (run after the native build). The Windows backends
# (win/) are not in that build: GCC checks them, warnings as errors, in the mingw build.
# Files unchanged since they last passed (same preprocessed text, flags and checks) are not
# checked again: .ci/clang-tidy.py tells how.
#   bash .ci/clang-tidy.sh [BUILD_DIR] [--no-cache]
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 .ci/clang-tidy.py "$@"
