// The Win32 side of a privileged run: its admin-only folder and its start-up hardening.
#include "ipsecdoctor/platform/elevation.h"

#include "platform/win/win_error.h"

#include <windows.h>

#include <knownfolders.h>
#include <shlobj.h>

#include <string>

namespace ipsecdoctor {

Expected<std::filesystem::path> machineDataDirectory() {
    PWSTR path = nullptr;
    const HRESULT hr = SHGetKnownFolderPath(FOLDERID_ProgramData, KF_FLAG_DEFAULT, nullptr, &path);
    if (FAILED(hr) || !path) {
        CoTaskMemFree(path);
        return Error::make(ErrorCode::Platform, "SHGetKnownFolderPath(ProgramData) failed",
                           static_cast<std::uint32_t>(hr));
    }
    std::filesystem::path folder(path);
    CoTaskMemFree(path);
    return folder / L"IPsecDoctor";
}

Expected<void> hardenPrivilegedProcess() {
    if (!SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32 | LOAD_LIBRARY_SEARCH_APPLICATION_DIR)) {
        return win::lastWin32Error("SetDefaultDllDirectories");
    }
    std::wstring program(MAX_PATH, L'\0');
    DWORD length = 0;
    while ((length = GetModuleFileNameW(nullptr, program.data(), static_cast<DWORD>(program.size()))) ==
               program.size() &&
           program.size() < 32768) {
        program.resize(program.size() * 2);
    }
    std::filesystem::path folder = length > 0 && length < program.size()
                                       ? std::filesystem::path(program.substr(0, length)).parent_path()
                                       : std::filesystem::path();
    if (folder.empty() || !SetCurrentDirectoryW(folder.c_str())) {
        wchar_t system[MAX_PATH] = {};
        const UINT n = GetSystemDirectoryW(system, MAX_PATH);
        if (n == 0 || n >= MAX_PATH || !SetCurrentDirectoryW(system)) {
            return win::lastWin32Error("setting a safe working directory");
        }
    }
    return {};
}

} // namespace ipsecdoctor
