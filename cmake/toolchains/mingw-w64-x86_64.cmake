# Linux host -> Windows x86_64 with Debian's mingw-w64 (posix thread model: std::thread and
# std::mutex need it), plus the cross-built Qt prefix. Used by the "mingw" preset.
#
# Test executables run under Wine through CMAKE_CROSSCOMPILING_EMULATOR (cmake/wine/wine-run.sh),
# so `ctest` and anything CMake runs at build time behave as on Windows.

set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(IPSECDOCTOR_MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${IPSECDOCTOR_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${IPSECDOCTOR_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${IPSECDOCTOR_MINGW_TRIPLET}-windres)

# The Qt prefix comes from the cache (the preset sets it), else the environment, else the path
# the archive was built for. try_compile() projects re-read this file without our cache, so the
# variable is forwarded to them explicitly.
if(NOT IPSECDOCTOR_QT_MINGW_PREFIX)
    if(DEFINED ENV{IPSECDOCTOR_QT_MINGW_PREFIX} AND NOT "$ENV{IPSECDOCTOR_QT_MINGW_PREFIX}" STREQUAL "")
        set(IPSECDOCTOR_QT_MINGW_PREFIX "$ENV{IPSECDOCTOR_QT_MINGW_PREFIX}")
    else()
        set(IPSECDOCTOR_QT_MINGW_PREFIX /opt/qt6-mingw)
    endif()
endif()
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES IPSECDOCTOR_QT_MINGW_PREFIX)

# Headers, libraries and CMake packages come only from the target sysroot and the Qt prefix,
# never from the Linux host's /usr. Programs (moc, uic, rcc, lrelease) are host programs:
# Qt finds Debian's through the QT_HOST_PATH recorded in its prefix.
set(CMAKE_FIND_ROOT_PATH /usr/${IPSECDOCTOR_MINGW_TRIPLET} "${IPSECDOCTOR_QT_MINGW_PREFIX}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Runs every cross-built executable (tests, try_run) under Wine in a prefix shared by the build
# tree; see the script for how the prefix is made and shared.
get_filename_component(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/../wine/wine-run.sh" ABSOLUTE)
