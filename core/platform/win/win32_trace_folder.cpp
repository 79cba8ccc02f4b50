#include "ipsecdoctor/platform/trace_folder.h"

#include <windows.h>

namespace ipsecdoctor {

std::optional<std::filesystem::path> systemTraceDirectory() {
    wchar_t buffer[MAX_PATH];
    const UINT length = GetSystemWindowsDirectoryW(buffer, MAX_PATH);
    if (length == 0 || length >= MAX_PATH) {
        return std::nullopt;
    }
    return std::filesystem::path(std::wstring(buffer, length)) / L"tracing";
}

} // namespace ipsecdoctor
