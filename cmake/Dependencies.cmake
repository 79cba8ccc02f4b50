# Third-party dependencies. Natively they come from Debian's -dev packages; when cross-building
# for Windows with mingw-w64, MingwDependencies.cmake provides the same imported targets.
if(CMAKE_CROSSCOMPILING AND WIN32)
    include(MingwDependencies)
else()
    find_package(nlohmann_json 3.10 REQUIRED)
    find_package(fmt REQUIRED)
    find_package(spdlog 1.10 REQUIRED)
    find_package(ZLIB REQUIRED)
    # libcrypto: the IKE probe's key shares, random and SHA-1 (Windows uses CNG instead).
    find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto)
    if(IPSECDOCTOR_BUILD_TESTS)
        find_package(GTest REQUIRED)
    endif()
endif()

if(IPSECDOCTOR_BUILD_APP)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Widgets Concurrent LinguistTools)
    if(IPSECDOCTOR_BUILD_TESTS)
        find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
    endif()
endif()
