#include "win32_elevation.h"

#include "ipsecdoctor/util/command_line.h"
#include "ipsecdoctor/util/win/win_error.h"
#include "ipsecdoctor/util/win/win_strings.h"

#include <windows.h>

#include <filesystem>

#include <shellapi.h>

namespace ipsecdoctor::win {
namespace {

// CreateProcess's limit for a whole command line, in UTF-16 units (program, space, arguments).
constexpr std::size_t kMaxCommandLine = 32767;

class OwnedHandle {
public:
    explicit OwnedHandle(HANDLE handle) noexcept : m_handle(handle) {}
    ~OwnedHandle() {
        if (m_handle != nullptr) {
            CloseHandle(m_handle);
        }
    }
    OwnedHandle(const OwnedHandle&) = delete;
    OwnedHandle& operator=(const OwnedHandle&) = delete;
    HANDLE get() const noexcept { return m_handle; }

private:
    HANDLE m_handle;
};

} // namespace

bool Win32Elevation::isElevated() const {
    return processIsPrivileged();
}

} // namespace ipsecdoctor::win

namespace ipsecdoctor {

bool processIsPrivileged() {
    HANDLE rawToken = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &rawToken)) {
        return false;
    }
    const win::OwnedHandle token(rawToken);
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    if (!GetTokenInformation(token.get(), TokenElevation, &elevation, sizeof elevation, &size)) {
        return false;
    }
    return elevation.TokenIsElevated != 0;
}

} // namespace ipsecdoctor

namespace ipsecdoctor::win {

Expected<int> Win32Elevation::runElevated(const std::string& program,
                                          const std::vector<std::string>& arguments) {
    auto parameters = joinWindowsArguments(arguments);
    if (!parameters) {
        return parameters.error();
    }
    bool ok = true;
    const std::wstring file = toWide(program, &ok);
    const std::wstring params = ok ? toWide(*parameters, &ok) : std::wstring();
    if (!ok || file.empty()) {
        return Error::make(ErrorCode::InvalidArgument, "program or arguments are not valid UTF-8");
    }
    if (file.size() + 3 + params.size() > kMaxCommandLine) {
        return Error::make(ErrorCode::TooLarge, "command line longer than Windows allows",
                           ERROR_FILENAME_EXCED_RANGE);
    }

    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof info;
    // NOCLOSEPROCESS: we need the process handle to wait for the exit code. NOASYNC: the call
    // must finish before we return (no DDE left in flight). FLAG_NO_UI: errors come back to us
    // instead of as a shell message box.
    info.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI;
    info.lpVerb = L"runas";
    info.lpFile = file.c_str();
    info.lpParameters = params.empty() ? nullptr : params.c_str();
    // The helper starts in its own folder, not in whatever folder the caller was in.
    const std::wstring directory = std::filesystem::path(file).parent_path().wstring();
    info.lpDirectory = directory.empty() ? nullptr : directory.c_str();
    // The helper is a console program; its JSON result comes back through a file, not a window.
    info.nShow = SW_HIDE;
    if (!ShellExecuteExW(&info)) {
        const DWORD error = GetLastError();
        if (error == ERROR_CANCELLED) {
            return Error::make(ErrorCode::Cancelled, "the administrator prompt was declined", error);
        }
        return win32Error(error, "ShellExecuteExW(runas, '" + program + "')");
    }
    if (info.hProcess == nullptr) {
        // The shell handed the request to an existing process; there is nothing to wait for.
        return Error::make(ErrorCode::Platform,
                           "ShellExecuteExW(runas, '" + program + "') returned no process");
    }
    const OwnedHandle process(info.hProcess);
    if (WaitForSingleObject(process.get(), INFINITE) != WAIT_OBJECT_0) {
        return lastWin32Error("waiting for '" + program + "'");
    }
    DWORD exitCode = 0;
    if (!GetExitCodeProcess(process.get(), &exitCode)) {
        return lastWin32Error("GetExitCodeProcess('" + program + "')");
    }
    // Exit codes are DWORDs; NTSTATUS crash codes (0xC0000005) come back as negative ints.
    return static_cast<int>(exitCode);
}

} // namespace ipsecdoctor::win
