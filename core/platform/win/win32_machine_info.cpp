#include "win32_machine_info.h"

#include "ipsecdoctor/util/version.h"
#include "ipsecdoctor/util/win/win_strings.h"

#include <windows.h>

#include <charconv>
#include <vector>

namespace ipsecdoctor::win {
namespace {

constexpr const wchar_t* kCurrentVersionKey = L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";

// The 64-bit registry view, also if this code is ever built as a 32-bit program (WOW64 would
// otherwise redirect us to a copy of the key).
constexpr DWORD kView = RRF_SUBKEY_WOW6464KEY;

std::string readString(const wchar_t* value) {
    DWORD bytes = 0;
    if (RegGetValueW(HKEY_LOCAL_MACHINE, kCurrentVersionKey, value, RRF_RT_REG_SZ | kView, nullptr, nullptr,
                     &bytes) != ERROR_SUCCESS ||
        bytes == 0) {
        return {};
    }
    std::vector<wchar_t> buffer(bytes / sizeof(wchar_t) + 1, L'\0');
    bytes = static_cast<DWORD>(buffer.size() * sizeof(wchar_t));
    if (RegGetValueW(HKEY_LOCAL_MACHINE, kCurrentVersionKey, value, RRF_RT_REG_SZ | kView, nullptr,
                     buffer.data(), &bytes) != ERROR_SUCCESS) {
        return {};
    }
    return toUtf8(std::wstring_view(buffer.data()));
}

std::optional<std::uint32_t> readDword(const wchar_t* value) {
    DWORD data = 0;
    DWORD bytes = sizeof data;
    if (RegGetValueW(HKEY_LOCAL_MACHINE, kCurrentVersionKey, value, RRF_RT_REG_DWORD | kView, nullptr, &data,
                     &bytes) != ERROR_SUCCESS) {
        return std::nullopt;
    }
    return data;
}

std::string hostname() {
    for (const auto format : {ComputerNameDnsHostname, ComputerNameNetBIOS}) {
        DWORD size = 0;
        GetComputerNameExW(format, nullptr, &size); // size includes the terminating NUL
        if (size == 0) {
            continue;
        }
        std::wstring name(size, L'\0');
        if (GetComputerNameExW(format, name.data(), &size) && size > 0) {
            name.resize(size);
            return toUtf8(name);
        }
    }
    return {};
}

} // namespace

WindowsVersionValues readWindowsVersionValues() {
    WindowsVersionValues values;
    values.productName = readString(L"ProductName");
    values.displayVersion = readString(L"DisplayVersion");
    values.majorVersion = readDword(L"CurrentMajorVersionNumber");
    values.minorVersion = readDword(L"CurrentMinorVersionNumber");
    values.currentVersion = readString(L"CurrentVersion");
    values.buildNumber = readString(L"CurrentBuildNumber");
    return values;
}

void describeWindows(const WindowsVersionValues& values, MachineInfo& info) {
    info.osBuild = values.buildNumber;
    if (values.majorVersion && values.minorVersion) {
        info.osVersion = std::to_string(*values.majorVersion) + "." + std::to_string(*values.minorVersion);
    } else {
        info.osVersion = values.currentVersion;
    }
    unsigned build = 0;
    const auto* first = values.buildNumber.data();
    const auto* last = first + values.buildNumber.size();
    const bool numeric = std::from_chars(first, last, build).ec == std::errc{};

    info.osName = values.productName;
    constexpr std::string_view kTen = "Windows 10";
    if (numeric && build >= 22000) {
        if (const auto at = info.osName.find(kTen); at != std::string::npos) {
            info.osName.replace(at, kTen.size(), "Windows 11");
        }
    }
    if (!values.displayVersion.empty()) {
        info.osName += (info.osName.empty() ? "" : " ") + values.displayVersion;
    }
}

MachineInfo Win32MachineInfo::machineInfo() {
    MachineInfo info;
    info.hostname = hostname();
    describeWindows(readWindowsVersionValues(), info);
    info.elevated = m_elevation.isElevated();
    info.appVersion = std::string(appVersion());
    return info;
}

} // namespace ipsecdoctor::win
