#!/bin/bash
# A fuzzing campaign over the end-to-end targets, one at a time (the machine is shared), with the
# ASan+UBSan build: `cmake --preset asan && cmake --build build/asan --target fuzz_bundle
# fuzz_event_xml fuzz_journal`. Each target runs its corpus, then RUNS mutants (or SECONDS);
# the driver prints the count it reached. Results and the log of each run go to OUT.
# BUILD (default build/asan) is the build tree: a Clang one gives coverage-guided libFuzzer
# binaries (docs/fuzzing.md), which add the inputs they learn from to OUT/corpus-<target>, never
# to the committed seeds.
#
#   [BUILD=build/fuzz-clang] tests/fuzz/run_campaign.sh [RUNS] [SECONDS] [OUT] [TARGET...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-10000000}"
seconds="${2:-3600}"
build="${BUILD:-$root/build/asan}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
out="${3:-$build/fuzz-campaign}"
shift $(( $# < 3 ? $# : 3 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(bundle bundle_content event_xml journal)
declare -A corpus=([bundle]=bundle [bundle_content]=bundle_content [event_xml]=event_xml [journal]=journal [model_json]=json
                   [zip_reader]=zip [x509]=x509 [ike_reply]=ike [phonebook]=pbk)
mkdir -p "$out"
for t in "${targets[@]}"; do
    bin="$build/tests/fuzz/fuzz_$t"
    mkdir -p "$out/corpus-$t"
    echo "== fuzz_$t: $runs runs, at most $seconds s, corpus tests/fuzz/corpus/${corpus[$t]}" | tee -a "$out/summary.txt"
    start=$(date +%s)
    set +e
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        nice -n 10 "$bin" -runs="$runs" -max_total_time="$seconds" -seed=14 \
        "-artifact_prefix=$out/$t-" "$out/corpus-$t" "$root/tests/fuzz/corpus/${corpus[$t]}" > "$out/$t.log" 2>&1
    rc=$?
    set -e
    end=$(date +%s)
    echo "   exit $rc after $((end - start)) s: $(tail -n 1 "$out/$t.log")" | tee -a "$out/summary.txt"
done
