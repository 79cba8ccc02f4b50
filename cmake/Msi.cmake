# Target `msi`: the Windows installers from installer/wix/ (cmake/Packaging.cmake includes this
# on WIN32). It stages the install tree (`cmake --install --strip`, runtime DLLs and plugins
# included by WindowsDeploy.cmake), lists its files for WiX (installer/wix/GenerateFiles.cmake),
# and builds one MSI per language into <build>/msi/:
#   ipsecdoctor.msi      English (1033)
#   ipsecdoctor-fr.msi   French (1036)
# With Debian's wixl on Linux (installer/wix/wixl-build.sh), or WiX 3's candle and light on a
# Windows build machine (found on PATH or through the WIX environment variable its installer sets).

set(IPSECDOCTOR_MSI_DIR "${PROJECT_BINARY_DIR}/msi")
set(_msi_stage "${IPSECDOCTOR_MSI_DIR}/stage")
set(_msi_files "${IPSECDOCTOR_MSI_DIR}/files.wxs")
set(_wix_dir "${PROJECT_SOURCE_DIR}/installer/wix")
set(_icon "${PROJECT_SOURCE_DIR}/resources/icons/ipsecdoctor.ico")

find_program(IPSECDOCTOR_WIXL wixl)
find_program(IPSECDOCTOR_WIX_CANDLE candle HINTS "$ENV{WIX}/bin")
find_program(IPSECDOCTOR_WIX_LIGHT light HINTS "$ENV{WIX}/bin")

set(_msi_commands "")
foreach(_culture IN ITEMS en-US fr-FR)
    if(_culture STREQUAL "en-US")
        set(_msi "${IPSECDOCTOR_MSI_DIR}/ipsecdoctor.msi")
    else()
        set(_msi "${IPSECDOCTOR_MSI_DIR}/ipsecdoctor-fr.msi")
    endif()
    if(IPSECDOCTOR_WIXL AND NOT CMAKE_HOST_WIN32)
        list(APPEND _msi_commands
            COMMAND bash "${_wix_dir}/wixl-build.sh" --stage "${_msi_stage}" --files "${_msi_files}"
                    --version "${PROJECT_VERSION}" --upgrade-code "${IPSECDOCTOR_UPGRADE_CODE}"
                    --culture "${_culture}" --icon "${_icon}" --output "${_msi}")
    elseif(IPSECDOCTOR_WIX_CANDLE AND IPSECDOCTOR_WIX_LIGHT)
        # candle writes several objects into -out only when it is a folder ending in a backslash.
        file(TO_NATIVE_PATH "${IPSECDOCTOR_MSI_DIR}/obj-${_culture}/" _obj)
        list(APPEND _msi_commands
            COMMAND "${IPSECDOCTOR_WIX_CANDLE}" -nologo -arch x64 "-I${_wix_dir}"
                    -dVersion=${PROJECT_VERSION} -dUpgradeCode=${IPSECDOCTOR_UPGRADE_CODE}
                    -dCulture=${_culture} -dStageDir=${_msi_stage} -dIconFile=${_icon}
                    -out "${_obj}" "${_wix_dir}/ipsecdoctor.wxs" "${_msi_files}"
            COMMAND "${IPSECDOCTOR_WIX_LIGHT}" -nologo -cultures:${_culture} -out "${_msi}"
                    "${_obj}ipsecdoctor.wixobj" "${_obj}files.wixobj")
    endif()
endforeach()

if(NOT _msi_commands)
    message(STATUS "MSI: neither wixl (Linux) nor WiX 3 candle/light (Windows) found; no `msi` target")
    return()
endif()

add_custom_target(msi
    COMMAND "${CMAKE_COMMAND}" -E rm -rf "${_msi_stage}"
    COMMAND "${CMAKE_COMMAND}" --install "${PROJECT_BINARY_DIR}" --prefix "${_msi_stage}" --strip
            --config $<CONFIG>
    COMMAND "${CMAKE_COMMAND}" -DSTAGE_DIR=${_msi_stage} -DOUTPUT=${_msi_files}
            -DUPGRADE_CODE=${IPSECDOCTOR_UPGRADE_CODE} -P "${_wix_dir}/GenerateFiles.cmake"
    ${_msi_commands}
    DEPENDS ipsecdoctor ipsecdoctor-cli
    WORKING_DIRECTORY "${PROJECT_BINARY_DIR}"
    COMMENT "Building the MSI installers into ${IPSECDOCTOR_MSI_DIR}"
    VERBATIM)

unset(_culture)
unset(_msi)
unset(_obj)
unset(_msi_commands)
