# cmake -DBUILD_DIR=… -P build_must_fail.cmake: builds the control target (must succeed), then each
# violating target (must fail, and fail because its header cannot be found).
function(build target result_var output_var)
    execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target ${target}
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(${result_var} ${result} PARENT_SCOPE)
    set(${output_var} "${out}${err}" PARENT_SCOPE)
endfunction()

build(architecture_include_down result output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the control (checks including lower layers) does not build:\n${output}")
endif()
foreach(case IN ITEMS "architecture_include_up;ipsecdoctor/checks/run_checks.h"
                      "architecture_include_sideways;ipsecdoctor/ike/probe.h")
    list(GET case 0 target)
    list(GET case 1 header)
    build(${target} result output)
    if(result EQUAL 0)
        message(FATAL_ERROR "${target} built: a layer could include ${header}, above or beside it")
    endif()
    string(FIND "${output}" "${header}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${target} failed for another reason than ${header}:\n${output}")
    endif()
    message(STATUS "${target}: refused as expected (${header} not visible)")
endforeach()
