# Win32 backends of ipsecdoctor_core, included by core/CMakeLists.txt when building for Windows.
# Everything that includes <windows.h> lives in this folder.
target_sources(ipsecdoctor_core PRIVATE
    src/platform/win/win_strings.cpp
    src/platform/win/win_error.cpp
    src/platform/win/scm_operations.cpp
    src/platform/win/win32_service_control.cpp
    src/platform/win/win32_elevation.cpp
    src/platform/win/win32_machine_info.cpp
    src/platform/win/atomic_replace_win.cpp
    src/platform/win/live_platform_win.cpp
    src/platform/win/console_win.cpp
    src/platform/win/win32_certificate_store.cpp
    src/platform/win/win32_event_log.cpp
    src/platform/win/win32_audit_policy.cpp
    src/platform/win/crypto_bcrypt.cpp
    src/platform/win/udp_transport_win.cpp
    src/platform/win/win32_registry.cpp
    src/platform/win/win32_phonebook_locations.cpp
    src/platform/win/win32_machine_data_folder.cpp
    src/platform/win/win32_privileged_process.cpp
    src/platform/win/secure_file_win.cpp
)

# advapi32: SCM, tokens, registry. shell32: ShellExecuteExW. kernel32 comes by default.
target_link_libraries(ipsecdoctor_core PRIVATE advapi32 shell32)
# crypt32: certificate stores and chains. ncrypt: freeing a CNG key handle after the silent test.
target_link_libraries(ipsecdoctor_core PRIVATE crypt32 ncrypt)
# wevtapi: EvtQuery/EvtRender (Logs step, saved .evtx files).
target_link_libraries(ipsecdoctor_core PRIVATE wevtapi)
# bcrypt: CNG key shares, random and SHA-1 for the IKE probe. ws2_32: the probe's UDP socket.
target_link_libraries(ipsecdoctor_core PRIVATE bcrypt ws2_32)
# ole32: CoTaskMemFree for SHGetKnownFolderPath (phonebook locations).
target_link_libraries(ipsecdoctor_core PRIVATE ole32)
