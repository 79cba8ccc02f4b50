# ctest helper for libFuzzer targets: fuzz a fresh copy of the seed corpus, because libFuzzer
# adds the inputs it finds to the first corpus folder and the source tree must stay untouched.
# -D variables: FUZZER (binary), CORPUS (seed folder), WORK (scratch folder), RUNS, SECONDS.
foreach(var FUZZER CORPUS WORK RUNS SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "run_libfuzzer.cmake: -D${var}=... is required")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/artifacts")
file(COPY "${CORPUS}/" DESTINATION "${WORK}/corpus")

# -seed makes runs repeatable; -timeout flags any single input that takes over 10 s (a hang).
execute_process(
    COMMAND "${FUZZER}" -runs=${RUNS} -max_total_time=${SECONDS} -seed=1 -timeout=10
            -rss_limit_mb=2048 -print_final_stats=1 "-artifact_prefix=${WORK}/artifacts/" "${WORK}/corpus"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${result}); the failing input is in ${WORK}/artifacts")
endif()
