#include "ipsecdoctor/util/win/win_error.h"

#include "ipsecdoctor/util/win/win_strings.h"

#include <windows.h>

namespace ipsecdoctor::win {

ErrorCode errorCodeForWin32(std::uint32_t win32Error) {
    switch (win32Error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_SERVICE_DOES_NOT_EXIST:
        return ErrorCode::NotFound;
    case ERROR_ACCESS_DENIED:
    case ERROR_PRIVILEGE_NOT_HELD:
        return ErrorCode::AccessDenied;
    // A disabled service cannot be started: the request is refused as asked, like a bad
    // argument (the SCM refuses it before running anything). Win32ServiceControl::start turns
    // it into Dependency when it is a dependency, not the service, that is disabled.
    case ERROR_SERVICE_DISABLED:
    case ERROR_INVALID_PARAMETER:
    case ERROR_INVALID_NAME:
    case ERROR_INVALID_SERVICE_CONTROL:
        return ErrorCode::InvalidArgument;
    case ERROR_SERVICE_DEPENDENCY_FAIL:
    case ERROR_SERVICE_DEPENDENCY_DELETED:
    case ERROR_DEPENDENT_SERVICES_RUNNING:
    case ERROR_CIRCULAR_DEPENDENCY:
        return ErrorCode::Dependency;
    case ERROR_SERVICE_REQUEST_TIMEOUT:
    case ERROR_TIMEOUT:
    case WAIT_TIMEOUT:
        return ErrorCode::Timeout;
    case ERROR_CANCELLED:
        return ErrorCode::Cancelled;
    case ERROR_INVALID_LEVEL:
    case ERROR_CALL_NOT_IMPLEMENTED:
    case ERROR_NOT_SUPPORTED:
        return ErrorCode::NotSupported;
    default:
        return ErrorCode::Platform;
    }
}

std::string englishSystemMessage(std::uint32_t win32Error) {
    wchar_t* buffer = nullptr;
    // FORMAT_MESSAGE_ALLOCATE_BUFFER takes the address of the pointer in place of the buffer.
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS |
                                            FORMAT_MESSAGE_ALLOCATE_BUFFER,
                                        nullptr, win32Error, MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US),
                                        reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    if (length == 0 || buffer == nullptr) {
        return {};
    }
    std::wstring_view text(buffer, length);
    while (!text.empty() &&
           (text.back() == L'\n' || text.back() == L'\r' || text.back() == L' ' || text.back() == L'.')) {
        text.remove_suffix(1);
    }
    std::string out = toUtf8(text);
    LocalFree(buffer);
    return out;
}

Error win32Error(std::uint32_t code, const std::string& what) {
    std::string detail = what;
    if (const auto message = englishSystemMessage(code); !message.empty()) {
        detail += ": " + message;
    }
    detail += " (Win32 error " + std::to_string(code) + ")";
    return Error{errorCodeForWin32(code), code, std::move(detail)};
}

Error lastWin32Error(const std::string& what) {
    return win32Error(GetLastError(), what);
}

} // namespace ipsecdoctor::win
