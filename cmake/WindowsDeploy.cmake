# What makes the Windows executables a deliverable (cmake/Packaging.cmake includes this on WIN32):
#   1. a version resource in ipsecdoctor.exe and ipsecdoctor-cli.exe, from the project version;
#   2. an install step that puts beside them everything they load at run time: the Qt DLLs, the
#      qwindows platform plugin, the qwindowsvistastyle style plugin and the compiler's runtime
#      DLLs (mingw: libstdc++, libgcc_s_seh, libwinpthread).
# The DLL list is not written by hand: file(GET_RUNTIME_DEPENDENCIES) reads the import tables of the
# executables and plugins (objdump when cross-building, dumpbin on Windows) and copies what it finds
# in the Qt and compiler folders. The translations (.qm) are compiled into the executables
# (app/CMakeLists.txt, resource prefix /i18n), so there are no .qm files to deploy.
# `cmake --install <build> --prefix <stage> --strip` gives the tree the MSI packs (cmake/Msi.cmake).

set(IPSECDOCTOR_WINDOWS_RC_TEMPLATE "${PROJECT_SOURCE_DIR}/resources/windows/version.rc.in")

function(ipsecdoctor_add_version_resource target description)
    set(IPSECDOCTOR_RC_NAME "${target}")
    set(IPSECDOCTOR_RC_FILENAME "${target}.exe")
    set(IPSECDOCTOR_RC_DESCRIPTION "${description}")
    set(rc "${PROJECT_BINARY_DIR}/generated/windows/${target}-version.rc")
    configure_file("${IPSECDOCTOR_WINDOWS_RC_TEMPLATE}" "${rc}" @ONLY)
    target_sources(${target} PRIVATE "${rc}")
endfunction()

ipsecdoctor_add_version_resource(ipsecdoctor "IPsec Doctor - VPN troubleshooting wizard")
ipsecdoctor_add_version_resource(ipsecdoctor-cli "IPsec Doctor - command line")

# Folders the runtime DLLs are taken from: Qt's bin folder, and for mingw the folders of the
# compiler's runtime DLLs (asked from the compiler, so a different mingw install works too).
set(_ipsecdoctor_dll_dirs "$<TARGET_FILE_DIR:Qt6::Core>")
if(MINGW)
    foreach(_dll IN ITEMS libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
        execute_process(COMMAND "${CMAKE_CXX_COMPILER}" -print-file-name=${_dll}
                        OUTPUT_VARIABLE _path OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(NOT IS_ABSOLUTE "${_path}" OR NOT EXISTS "${_path}")
            message(FATAL_ERROR "${CMAKE_CXX_COMPILER} does not know where ${_dll} is")
        endif()
        get_filename_component(_dir "${_path}" DIRECTORY)
        get_filename_component(_dir "${_dir}" REALPATH)
        list(APPEND _ipsecdoctor_dll_dirs "${_dir}")
    endforeach()
    list(REMOVE_DUPLICATES _ipsecdoctor_dll_dirs)
endif()

# MSVC: its C++ runtime (msvcp140, vcruntime140...) beside the executables too, so no VC++
# redistributable has to be installed first. The UCRT is part of Windows 10 and 11.
if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
    include(InstallRequiredSystemLibraries)
endif()

# The copying itself runs at install time (cmake/DeployWindowsRuntime.cmake); this passes it the
# file names, which only generator expressions know.
set(_ipsecdoctor_pe_objdump "")
if(CMAKE_CROSSCOMPILING)
    if(NOT CMAKE_OBJDUMP)
        message(FATAL_ERROR "no objdump for the Windows target (install binutils-mingw-w64-x86-64)")
    endif()
    set(_ipsecdoctor_pe_objdump "${CMAKE_OBJDUMP}")
endif()
install(CODE "
    set(IPSECDOCTOR_DEPLOY_EXECUTABLES \"$<TARGET_FILE:ipsecdoctor>\" \"$<TARGET_FILE:ipsecdoctor-cli>\")
    set(IPSECDOCTOR_DEPLOY_PLATFORM_PLUGIN \"$<TARGET_FILE:Qt6::QWindowsIntegrationPlugin>\")
    set(IPSECDOCTOR_DEPLOY_STYLE_PLUGIN \"$<TARGET_FILE:Qt6::QWindowsVistaStylePlugin>\")
    set(IPSECDOCTOR_DEPLOY_DIRS \"${_ipsecdoctor_dll_dirs}\")
    set(IPSECDOCTOR_DEPLOY_OBJDUMP \"${_ipsecdoctor_pe_objdump}\")
    set(IPSECDOCTOR_DEPLOY_STRIP \"${CMAKE_STRIP}\")
    set(IPSECDOCTOR_DEPLOY_WORK_DIR \"${PROJECT_BINARY_DIR}/windows-deploy\")
    include(\"${CMAKE_CURRENT_LIST_DIR}/DeployWindowsRuntime.cmake\")
")

unset(_dll)
unset(_dir)
unset(_path)
