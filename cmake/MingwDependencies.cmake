# Third-party dependencies for the mingw-w64 cross-build, as the same imported targets the native
# build gets from Debian's packages (cmake/Dependencies.cmake includes this file):
#   nlohmann_json::nlohmann_json, fmt::fmt, spdlog::spdlog   header-only, from Debian's headers
#   ZLIB::ZLIB                                               libz-mingw-w64-dev, linked statically
#   GTest::gtest, GTest::gtest_main                          /usr/src/googletest, built here
#
# Debian's header-only libraries are copied into the build tree because /usr/include must never be
# on the mingw include path: it holds glibc and Linux headers that would shadow mingw's own.

set(IPSECDOCTOR_MINGW_DEPS_DIR "${CMAKE_BINARY_DIR}/_deps/mingw")
set(_ipsecdoctor_mingw_include "${IPSECDOCTOR_MINGW_DEPS_DIR}/include")

foreach(_dir IN ITEMS nlohmann fmt spdlog)
    if(NOT IS_DIRECTORY "/usr/include/${_dir}")
        message(FATAL_ERROR "/usr/include/${_dir} is missing: install nlohmann-json3-dev, "
                            "libfmt-dev and libspdlog-dev (their headers are reused for Windows).")
    endif()
    # file(COPY) skips files whose time stamp is unchanged, so reconfiguring is cheap.
    file(COPY "/usr/include/${_dir}" DESTINATION "${_ipsecdoctor_mingw_include}")
endforeach()

# Imported targets: their include directories count as system headers, so the project's
# -Werror flags do not apply to third-party code.
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
set_target_properties(nlohmann_json::nlohmann_json PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_ipsecdoctor_mingw_include}")

add_library(fmt::fmt INTERFACE IMPORTED)
set_target_properties(fmt::fmt PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_ipsecdoctor_mingw_include}"
    INTERFACE_COMPILE_DEFINITIONS FMT_HEADER_ONLY)

# Debian's spdlog is built against the external fmt (its tweakme.h sets SPDLOG_FMT_EXTERNAL);
# the same definition here keeps the headers consistent with that.
add_library(spdlog::spdlog INTERFACE IMPORTED)
set_target_properties(spdlog::spdlog PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_ipsecdoctor_mingw_include}"
    INTERFACE_COMPILE_DEFINITIONS "SPDLOG_HEADER_ONLY;SPDLOG_FMT_EXTERNAL"
    INTERFACE_LINK_LIBRARIES fmt::fmt)

# zlib: the static archive, so executables need no zlib1.dll beside them. zlib.h sits in the
# mingw sysroot's include folder, which the compiler searches already.
find_library(IPSECDOCTOR_MINGW_ZLIB_LIBRARY NAMES libz.a)
find_path(IPSECDOCTOR_MINGW_ZLIB_INCLUDE_DIR NAMES zlib.h)
if(NOT IPSECDOCTOR_MINGW_ZLIB_LIBRARY OR NOT IPSECDOCTOR_MINGW_ZLIB_INCLUDE_DIR)
    message(FATAL_ERROR "mingw zlib not found: install libz-mingw-w64-dev")
endif()
add_library(ZLIB::ZLIB STATIC IMPORTED)
set_target_properties(ZLIB::ZLIB PROPERTIES IMPORTED_LOCATION "${IPSECDOCTOR_MINGW_ZLIB_LIBRARY}")
set(ZLIB_FOUND TRUE)
set(ZLIB_LIBRARIES ZLIB::ZLIB)

if(IPSECDOCTOR_BUILD_TESTS)
    set(IPSECDOCTOR_GOOGLETEST_SOURCE_DIR /usr/src/googletest CACHE PATH
        "GoogleTest sources built for the mingw target (Debian package googletest)")
    if(NOT EXISTS "${IPSECDOCTOR_GOOGLETEST_SOURCE_DIR}/CMakeLists.txt")
        message(FATAL_ERROR "${IPSECDOCTOR_GOOGLETEST_SOURCE_DIR} is missing: install googletest")
    endif()
    set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
    set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
    add_subdirectory("${IPSECDOCTOR_GOOGLETEST_SOURCE_DIR}" "${CMAKE_BINARY_DIR}/_deps/googletest"
                     EXCLUDE_FROM_ALL SYSTEM)
    # Every test executable links gtest, so this is where they get -static: libstdc++, libgcc,
    # winpthread and zlib are linked in, and Wine runs the .exe with no DLLs copied beside it.
    # (Qt apps do not link gtest; they use Qt's DLLs and the runtime DLLs through WINEPATH.)
    target_link_options(gtest INTERFACE -static)
    # GoogleTest 1.12 defines the GTest:: aliases itself; older sources do not.
    if(NOT TARGET GTest::gtest)
        add_library(GTest::gtest ALIAS gtest)
        add_library(GTest::gtest_main ALIAS gtest_main)
    endif()
    set(GTest_FOUND TRUE)
endif()

unset(_dir)
unset(_ipsecdoctor_mingw_include)
