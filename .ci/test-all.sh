#!/usr/bin/env bash
# Installs, builds and runs every test of IPsec Doctor on a fresh Debian 12 machine (as root):
#   1. native build (GUI, CLI, core) with warnings as errors; core, app, GUI (offscreen) and fuzz tests
#   2. ASan+UBSan build of the core and its tests (and the fuzzers)
#   3. Windows cross-build with mingw-w64; core and Win32 backend tests under Wine (real SCM)
#   4. clang-format check of every C++ file; the curated clang-tidy checks (.clang-tidy)
#   5. packages: the MSIs installed, run and uninstalled under Wine; the .deb installed and run
#      (build/artefacts/: MSIs, .deb, screenshots of the installed GUI under Wine)
# Screenshots of the wizard pages land in build/native/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
# Paths relative to the checkout in ccache's keys: another clone of the same sources hits the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(pwd)}
start=$(date +%s)
step() { echo; echo "=== $* ($(( $(date +%s) - start )) s)"; }

step "dependencies"
bash .ci/setup-debian.sh

step "format check"
bash .ci/check-format.sh

step "native build and tests"
cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native -j2

step "clang-tidy (curated checks)"
bash .ci/clang-tidy.sh build/native

step "ASan+UBSan build and tests"
cmake --preset asan >/dev/null
cmake --build --preset asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --preset asan -j2

step "Windows cross-build and tests under Wine"
bash .ci/windows-tests.sh

step "Windows installer (MSI) under Wine"
bash .ci/windows-package.sh

step "Linux package (.deb)"
bash .ci/linux-package.sh

step "all tests passed in $(( $(date +%s) - start )) s"
