# One INTERFACE target carries the project's compile settings; every target links it.
add_library(ipsecdoctor_settings INTERFACE)
target_compile_features(ipsecdoctor_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(MSVC)
    target_compile_options(ipsecdoctor_settings INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(IPSECDOCTOR_WERROR)
        target_compile_options(ipsecdoctor_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(ipsecdoctor_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
    if(IPSECDOCTOR_WERROR)
        target_compile_options(ipsecdoctor_settings INTERFACE -Werror)
    endif()
    # GCC 12's -Wrestrict misfires on `"literal" + std::string&&` once inlined at -O2/-O3
    # (GCC bug 105651, fixed in 13).
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        target_compile_options(ipsecdoctor_settings INTERFACE -Wno-restrict)
    endif()
endif()

if(WIN32)
    # Windows 10 APIs, wide-char Win32 calls, no min/max macros.
    target_compile_definitions(ipsecdoctor_settings INTERFACE
        _WIN32_WINNT=0x0A00 WINVER=0x0A00 NTDDI_VERSION=0x0A000000
        NOMINMAX WIN32_LEAN_AND_MEAN UNICODE _UNICODE)
endif()

if(IPSECDOCTOR_SANITIZE)
    target_compile_options(ipsecdoctor_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(ipsecdoctor_settings INTERFACE -fsanitize=address,undefined)
endif()
