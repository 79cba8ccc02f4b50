# cmake -DLUPDATE=… -DGENERATOR=… -DPROJECT_IN=… -DTRANSLATIONS=… -DWORK=… -P lupdate_drift.cmake
#
# Fails when the committed .ts files are not what lupdate makes of today's sources: a tr() string
# added, changed or removed without `cmake --build … --target update_translations` (and its French
# translation). test_translations then checks that every French entry is finished.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_IN}" "-DOUT_FILE=${WORK}/project.json"
                        -P "${GENERATOR}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cannot write the lupdate project from ${PROJECT_IN}")
endif()
set(drift "")
foreach(language IN ITEMS fr en)
    set(committed "${TRANSLATIONS}/ipsecdoctor_${language}.ts")
    set(fresh "${WORK}/ipsecdoctor_${language}.ts")
    file(COPY_FILE "${committed}" "${fresh}")
    execute_process(COMMAND "${LUPDATE}" -project "${WORK}/project.json" -no-obsolete -locations none
                            -ts "${fresh}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed:\n${out}${err}")
    endif()
    file(READ "${committed}" before)
    file(READ "${fresh}" after)
    if(NOT before STREQUAL after)
        string(REGEX MATCH "Found [0-9]+ source text\\(s\\) \\([0-9]+ new and [0-9]+ already existing\\)[^\n]*"
               summary "${out}${err}")
        string(APPEND drift "  ${committed}: ${summary}\n")
    endif()
endforeach()
if(drift)
    message(FATAL_ERROR "translations are out of date with the sources:\n${drift}"
                        "run: cmake --build <build> --target update_translations, then translate what is new")
endif()
message(STATUS "translations match the sources")
