#include "win32_audit_policy.h"

#include "ipsecdoctor/util/win/win_error.h"

#include <windows.h>
// ntsecapi.h needs the types of windows.h first.
#include <ntsecapi.h>

#include <charconv>
#include <cstring>

namespace ipsecdoctor::win {
namespace {

template <class T>
bool hex(std::string_view s, T& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out, 16);
    return ec == std::errc() && p == s.data() + s.size();
}

Expected<void> enableSecurityPrivilege() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &token)) {
        return lastWin32Error("OpenProcessToken");
    }
    TOKEN_PRIVILEGES tp{};
    tp.PrivilegeCount = 1;
    tp.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
    if (!LookupPrivilegeValueW(nullptr, L"SeSecurityPrivilege", &tp.Privileges[0].Luid)) {
        const auto e = lastWin32Error("LookupPrivilegeValue SeSecurityPrivilege");
        CloseHandle(token);
        return e;
    }
    AdjustTokenPrivileges(token, FALSE, &tp, sizeof tp, nullptr, nullptr);
    const DWORD err = GetLastError(); // ERROR_NOT_ALL_ASSIGNED: not elevated
    CloseHandle(token);
    if (err != ERROR_SUCCESS) {
        return win32Error(err == ERROR_NOT_ALL_ASSIGNED ? ERROR_ACCESS_DENIED : err,
                          "enabling SeSecurityPrivilege (needs administrator rights)");
    }
    return {};
}

// Resolved at run time, not imported: Wine's advapi32 does not export AuditSetSystemPolicy or
// AuditFree (an imported call aborts the process), and a trimmed Windows could lack them too.
// A missing function is Error{NotSupported} "not supported on this system", never a crash.
using QueryFn = BOOLEAN(WINAPI*)(const GUID*, ULONG, PAUDIT_POLICY_INFORMATION*);
using SetFn = BOOLEAN(WINAPI*)(PCAUDIT_POLICY_INFORMATION, ULONG);
using FreeFn = VOID(WINAPI*)(PVOID);

struct AuditApi {
    QueryFn query = nullptr;
    SetFn set = nullptr;
    FreeFn free = nullptr;
};

const AuditApi& auditApi() {
    static const AuditApi api = [] {
        AuditApi a;
        if (HMODULE advapi = GetModuleHandleW(L"advapi32.dll")) {
            // Function pointers from GetProcAddress: the cast is the documented way.
            a.query = reinterpret_cast<QueryFn>(
                reinterpret_cast<void*>(GetProcAddress(advapi, "AuditQuerySystemPolicy")));
            a.set = reinterpret_cast<SetFn>(
                reinterpret_cast<void*>(GetProcAddress(advapi, "AuditSetSystemPolicy")));
            a.free = reinterpret_cast<FreeFn>(reinterpret_cast<void*>(GetProcAddress(advapi, "AuditFree")));
        }
        return a;
    }();
    return api;
}

Error notSupported(const char* function) {
    return Error::make(ErrorCode::NotSupported,
                       std::string("not supported on this system: advapi32 has no ") + function);
}

GUID toGuid(const GuidBytes& g) {
    GUID out{};
    out.Data1 = g.data1;
    out.Data2 = g.data2;
    out.Data3 = g.data3;
    std::memcpy(out.Data4, g.data4, 8);
    return out;
}

} // namespace

std::optional<GuidBytes> parseGuid(std::string_view s) {
    // {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}
    if (s.size() != 38 || s.front() != '{' || s.back() != '}' || s[9] != '-' || s[14] != '-' ||
        s[19] != '-' || s[24] != '-') {
        return std::nullopt;
    }
    GuidBytes g;
    if (!hex(s.substr(1, 8), g.data1) || !hex(s.substr(10, 4), g.data2) || !hex(s.substr(15, 4), g.data3)) {
        return std::nullopt;
    }
    const std::string_view tail[8] = {s.substr(20, 2), s.substr(22, 2), s.substr(25, 2), s.substr(27, 2),
                                      s.substr(29, 2), s.substr(31, 2), s.substr(33, 2), s.substr(35, 2)};
    for (int i = 0; i < 8; ++i) {
        if (!hex(tail[i], g.data4[i])) {
            return std::nullopt;
        }
    }
    return g;
}

Expected<AuditSetting> Win32AuditPolicy::query(std::string_view guidText) {
    const auto g = parseGuid(guidText);
    if (!g) {
        return Error::make(ErrorCode::InvalidArgument, "not a GUID: " + std::string(guidText));
    }
    const auto& api = auditApi();
    if (!api.query || !api.free) {
        return notSupported(api.query ? "AuditFree" : "AuditQuerySystemPolicy");
    }
    if (auto priv = enableSecurityPrivilege(); !priv) {
        return priv.error();
    }
    const GUID guid = toGuid(*g);
    PAUDIT_POLICY_INFORMATION info = nullptr;
    if (!api.query(&guid, 1, &info)) {
        if (GetLastError() == ERROR_CALL_NOT_IMPLEMENTED) { // Wine's stub
            return notSupported("working AuditQuerySystemPolicy");
        }
        return lastWin32Error("AuditQuerySystemPolicy " + std::string(guidText));
    }
    const ULONG bits = info->AuditingInformation;
    api.free(info);
    return AuditSetting{(bits & POLICY_AUDIT_EVENT_SUCCESS) != 0, (bits & POLICY_AUDIT_EVENT_FAILURE) != 0};
}

Expected<void> Win32AuditPolicy::set(std::string_view guidText, AuditSetting setting) {
    const auto g = parseGuid(guidText);
    if (!g) {
        return Error::make(ErrorCode::InvalidArgument, "not a GUID: " + std::string(guidText));
    }
    const auto& api = auditApi();
    if (!api.set) {
        return notSupported("AuditSetSystemPolicy");
    }
    if (auto priv = enableSecurityPrivilege(); !priv) {
        return priv.error();
    }
    AUDIT_POLICY_INFORMATION info{};
    info.AuditSubCategoryGuid = toGuid(*g);
    info.AuditingInformation = (setting.success ? POLICY_AUDIT_EVENT_SUCCESS : 0u) |
                               (setting.failure ? POLICY_AUDIT_EVENT_FAILURE : 0u);
    if (info.AuditingInformation == 0) {
        info.AuditingInformation = POLICY_AUDIT_EVENT_NONE;
    }
    if (!api.set(&info, 1)) {
        if (GetLastError() == ERROR_CALL_NOT_IMPLEMENTED) {
            return notSupported("working AuditSetSystemPolicy");
        }
        return lastWin32Error("AuditSetSystemPolicy " + std::string(guidText));
    }
    return {};
}

} // namespace ipsecdoctor::win
