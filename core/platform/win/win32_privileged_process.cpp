// The Win32 side of a privileged run: its admin-only folder and its start-up hardening.
#include "ipsecdoctor/platform/elevation.h"
#include "ipsecdoctor/platform/machine_data_folder.h"

#include "ipsecdoctor/util/win/win_error.h"

#include <windows.h>

#include <knownfolders.h>
#include <shlobj.h>

#include <string>

namespace ipsecdoctor {

// The same folder as the machine's journal: one lookup of %ProgramData%.
Expected<std::filesystem::path> machineDataDirectory() {
    return machineDataFolder();
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
