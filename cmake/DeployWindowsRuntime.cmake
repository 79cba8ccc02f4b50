# Install-time half of cmake/WindowsDeploy.cmake: copies into <prefix>/bin every DLL the Windows
# executables and the two Qt plugins load, found by reading their import tables, and the plugins
# into bin/platforms and bin/styles. Variables set by the caller (install(CODE)):
#   IPSECDOCTOR_DEPLOY_EXECUTABLES      the .exe files
#   IPSECDOCTOR_DEPLOY_PLATFORM_PLUGIN  qwindows.dll      (loaded by name, so no import table lists it)
#   IPSECDOCTOR_DEPLOY_STYLE_PLUGIN     qwindowsvistastyle.dll
#   IPSECDOCTOR_DEPLOY_DIRS             folders DLLs are taken from (Qt's bin, the compiler runtime)
#   IPSECDOCTOR_DEPLOY_OBJDUMP          mingw objdump when cross-building, else empty (Windows host)
#   IPSECDOCTOR_DEPLOY_STRIP            strip program for `cmake --install --strip`, may be empty
#   IPSECDOCTOR_DEPLOY_WORK_DIR         scratch folder in the build tree

set(search_dirs ${IPSECDOCTOR_DEPLOY_DIRS})
if(IPSECDOCTOR_DEPLOY_OBJDUMP)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL objdump)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${IPSECDOCTOR_DEPLOY_OBJDUMP}")
    # CMake lower-cases the DLL names it reads from PE import tables (Windows file names ignore
    # case) and then looks them up as such: on Linux "qt6core.dll" would not find Qt6Core.dll.
    # So it searches a folder of lower-case links to the real DLLs, resolved back afterwards.
    set(links "${IPSECDOCTOR_DEPLOY_WORK_DIR}/lowercase-dlls")
    file(REMOVE_RECURSE "${links}")
    file(MAKE_DIRECTORY "${links}")
    foreach(dir IN LISTS IPSECDOCTOR_DEPLOY_DIRS)
        file(GLOB dlls "${dir}/*.dll")
        foreach(dll IN LISTS dlls)
            get_filename_component(name "${dll}" NAME)
            string(TOLOWER "${name}" lower)
            if(NOT EXISTS "${links}/${lower}")
                file(CREATE_LINK "${dll}" "${links}/${lower}" SYMBOLIC)
            endif()
        endforeach()
    endforeach()
    set(search_dirs "${links}")
endif()

file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${IPSECDOCTOR_DEPLOY_EXECUTABLES}
    MODULES "${IPSECDOCTOR_DEPLOY_PLATFORM_PLUGIN}" "${IPSECDOCTOR_DEPLOY_STYLE_PLUGIN}"
    DIRECTORIES ${search_dirs}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved)

# What is not in those folders must be part of Windows itself (kernel32, user32, d3d11, dwrite,
# msvcrt...); a Qt or runtime DLL among them means a broken Qt prefix or toolchain.
foreach(dll IN LISTS unresolved)
    string(TOLOWER "${dll}" lower)
    if(lower MATCHES "^(qt6|libstdc|libgcc|libwinpthread|zlib)")
        message(FATAL_ERROR "runtime dependency ${dll} not found in ${IPSECDOCTOR_DEPLOY_DIRS}")
    endif()
endforeach()

set(bin "${CMAKE_INSTALL_PREFIX}/bin")
set(installed "")
foreach(dll IN LISTS resolved)
    file(REAL_PATH "${dll}" real)
    file(INSTALL DESTINATION "${bin}" TYPE SHARED_LIBRARY FILES "${real}")
    get_filename_component(name "${real}" NAME)
    list(APPEND installed "${bin}/${name}")
endforeach()
file(INSTALL DESTINATION "${bin}/platforms" TYPE MODULE FILES "${IPSECDOCTOR_DEPLOY_PLATFORM_PLUGIN}")
file(INSTALL DESTINATION "${bin}/styles" TYPE MODULE FILES "${IPSECDOCTOR_DEPLOY_STYLE_PLUGIN}")
get_filename_component(name "${IPSECDOCTOR_DEPLOY_PLATFORM_PLUGIN}" NAME)
list(APPEND installed "${bin}/platforms/${name}")
get_filename_component(name "${IPSECDOCTOR_DEPLOY_STYLE_PLUGIN}" NAME)
list(APPEND installed "${bin}/styles/${name}")

# --strip: the DLLs as built carry symbol tables (Qt6Core 9.5 MB, 6.5 MB stripped).
if(CMAKE_INSTALL_DO_STRIP AND IPSECDOCTOR_DEPLOY_STRIP)
    execute_process(COMMAND "${IPSECDOCTOR_DEPLOY_STRIP}" --strip-unneeded ${installed}
                    RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${IPSECDOCTOR_DEPLOY_STRIP} failed on the runtime DLLs")
    endif()
endif()
