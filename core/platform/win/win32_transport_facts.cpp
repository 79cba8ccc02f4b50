#include "win32_transport_facts.h"

// winsock2.h before windows.h (which sc_handle.h includes), iphlpapi.h and fwpmu.h after it.
// clang-format off
#include <winsock2.h>
#include <windows.h>
#include <iphlpapi.h>
#include <tlhelp32.h>
#include <fwpmu.h>
// clang-format on

#include "sc_handle.h"

#include "ipsecdoctor/platform/udp_owner_table.h"
#include "ipsecdoctor/util/win/win_error.h"
#include "ipsecdoctor/util/win/win_strings.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace ipsecdoctor::win {
namespace {

// fwpmtypes.h values (not every SDK's headers name them).
constexpr UINT32 kProviderPersistent = 0x00000001;
constexpr UINT32 kProviderDisabled = 0x00000010;
constexpr UINT32 kEnumBatch = 256;
constexpr UINT32 kAuthnDefault = 0xFFFFFFFFu; // RPC_C_AUTHN_DEFAULT

Expected<std::vector<std::uint8_t>> udpTable(ULONG family) {
    std::vector<std::uint8_t> buffer(16 * 1024);
    // The table can grow between the size query and the copy: ask again a few times.
    for (int attempt = 0; attempt < 4; ++attempt) {
        auto size = static_cast<DWORD>(buffer.size());
        const DWORD rc = GetExtendedUdpTable(buffer.data(), &size, FALSE, family, UDP_TABLE_OWNER_PID, 0);
        if (rc == NO_ERROR) {
            buffer.resize(size);
            return buffer;
        }
        if (rc != ERROR_INSUFFICIENT_BUFFER) {
            return win32Error(rc, "GetExtendedUdpTable");
        }
        buffer.resize(static_cast<std::size_t>(size) + 4096);
    }
    return win32Error(ERROR_INSUFFICIENT_BUFFER, "GetExtendedUdpTable");
}

} // namespace

std::map<std::uint32_t, std::string> processImageNames() {
    std::map<std::uint32_t, std::string> names;
    HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snapshot == INVALID_HANDLE_VALUE) {
        return names;
    }
    PROCESSENTRY32W entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = Process32FirstW(snapshot, &entry); more; more = Process32NextW(snapshot, &entry)) {
        names[entry.th32ProcessID] = toUtf8(std::wstring_view(entry.szExeFile));
    }
    CloseHandle(snapshot);
    return names;
}

std::map<std::uint32_t, std::vector<std::string>> servicesByProcess() {
    std::map<std::uint32_t, std::vector<std::string>> out;
    ScHandle scm(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_ENUMERATE_SERVICE));
    if (!scm) {
        return out;
    }
    std::vector<std::uint8_t> buffer(64 * 1024);
    DWORD resume = 0;
    for (;;) {
        DWORD needed = 0;
        DWORD count = 0;
        const BOOL ok = EnumServicesStatusExW(scm.get(), SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_ACTIVE,
                                              buffer.data(), static_cast<DWORD>(buffer.size()), &needed,
                                              &count, &resume, nullptr);
        const DWORD error = ok ? ERROR_SUCCESS : GetLastError();
        if (!ok && error != ERROR_MORE_DATA) {
            return out;
        }
        const auto* services = reinterpret_cast<const ENUM_SERVICE_STATUS_PROCESSW*>(buffer.data());
        for (DWORD i = 0; i < count; ++i) {
            out[services[i].ServiceStatusProcess.dwProcessId].push_back(
                toUtf8(std::wstring_view(services[i].lpServiceName)));
        }
        if (ok) {
            return out;
        }
        if (count == 0) {
            buffer.resize(std::max<std::size_t>(buffer.size() * 2, needed));
        }
    }
}

namespace {

std::string processName(const std::map<std::uint32_t, std::string>& names, std::uint32_t pid) {
    // 0 is no owner Windows could name (and what Wine reports for every socket): no name.
    if (pid == 0) {
        return {};
    }
    auto it = names.find(pid);
    return it == names.end() ? std::string() : it->second;
}

std::string guidText(const GUID& g) {
    char text[40];
    std::snprintf(text, sizeof text, "{%08lx-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x}",
                  static_cast<unsigned long>(g.Data1), g.Data2, g.Data3, g.Data4[0], g.Data4[1], g.Data4[2],
                  g.Data4[3], g.Data4[4], g.Data4[5], g.Data4[6], g.Data4[7]);
    return text;
}

std::string wideText(const wchar_t* s) {
    return s ? toUtf8(std::wstring_view(s)) : std::string();
}

/// Wine exports the WFP enumeration functions as stubs that abort the process when called; its
/// ntdll names itself with wine_get_version.
bool runningOnWine() {
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

class Engine {
public:
    Engine() = default;
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;
    ~Engine() {
        if (m_handle) {
            FwpmEngineClose0(m_handle);
        }
    }
    DWORD open() { return FwpmEngineOpen0(nullptr, kAuthnDefault, nullptr, nullptr, &m_handle); }
    HANDLE get() const { return m_handle; }

private:
    HANDLE m_handle = nullptr;
};

/// Calls `visit` for every object an enumeration handle yields, in batches.
template <class Entry, class Create, class Enum, class Destroy, class Visit>
DWORD enumerate(HANDLE engine, Create create, Enum next, Destroy destroy, Visit visit) {
    HANDLE handle = nullptr;
    if (const DWORD rc = create(engine, nullptr, &handle); rc != ERROR_SUCCESS) {
        return rc;
    }
    DWORD rc = ERROR_SUCCESS;
    for (;;) {
        Entry** entries = nullptr;
        UINT32 count = 0;
        rc = next(engine, handle, kEnumBatch, &entries, &count);
        if (rc != ERROR_SUCCESS) {
            break;
        }
        for (UINT32 i = 0; i < count; ++i) {
            visit(*entries[i]);
        }
        FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
        if (count < kEnumBatch) {
            break;
        }
    }
    destroy(engine, handle);
    return rc;
}

} // namespace

Expected<std::vector<UdpPortOwner>> Win32TransportFacts::udpPortOwners(std::span<const std::uint16_t> ports) {
    std::vector<UdpEndpoint> endpoints;
    for (const auto& [family, layout] : {std::pair{ULONG{AF_INET}, UdpTableFamily::Ipv4},
                                         std::pair{ULONG{AF_INET6}, UdpTableFamily::Ipv6}}) {
        auto table = udpTable(family);
        if (!table) {
            return table.error();
        }
        auto rows = parseUdpOwnerTable(*table, layout);
        if (!rows) {
            return rows.error();
        }
        for (auto& row : *rows) {
            if (std::find(ports.begin(), ports.end(), row.port) != ports.end()) {
                endpoints.push_back(std::move(row));
            }
        }
    }
    if (endpoints.empty()) {
        return std::vector<UdpPortOwner>{};
    }
    const auto names = processImageNames();
    const auto services = servicesByProcess();
    std::vector<UdpPortOwner> owners;
    for (auto& e : endpoints) {
        UdpPortOwner o;
        o.port = e.port;
        o.address = std::move(e.address);
        o.pid = e.pid;
        o.process = processName(names, e.pid);
        if (auto it = services.find(e.pid); it != services.end() && e.pid != 0) {
            o.services = it->second;
        }
        owners.push_back(std::move(o));
    }
    return owners;
}

Expected<std::vector<WfpProvider>> Win32TransportFacts::wfpProviders() {
    if (runningOnWine()) {
        return Error::make(ErrorCode::NotSupported, "this system does not implement FwpmProviderEnum0");
    }
    Engine engine;
    if (const DWORD rc = engine.open(); rc != ERROR_SUCCESS) {
        return win32Error(rc, "FwpmEngineOpen0");
    }
    std::vector<WfpProvider> providers;
    DWORD rc = enumerate<FWPM_PROVIDER0>(engine.get(), FwpmProviderCreateEnumHandle0, FwpmProviderEnum0,
                                         FwpmProviderDestroyEnumHandle0, [&](const FWPM_PROVIDER0& p) {
                                             WfpProvider w;
                                             w.key = guidText(p.providerKey);
                                             w.name = wideText(p.displayData.name);
                                             w.service = wideText(p.serviceName);
                                             w.persistent = (p.flags & kProviderPersistent) != 0;
                                             w.disabled = (p.flags & kProviderDisabled) != 0;
                                             providers.push_back(std::move(w));
                                         });
    if (rc != ERROR_SUCCESS) {
        return win32Error(rc, "FwpmProviderEnum0");
    }
    std::map<std::string, int> callouts;
    rc = enumerate<FWPM_CALLOUT0>(engine.get(), FwpmCalloutCreateEnumHandle0, FwpmCalloutEnum0,
                                  FwpmCalloutDestroyEnumHandle0, [&](const FWPM_CALLOUT0& c) {
                                      if (c.providerKey) {
                                          ++callouts[guidText(*c.providerKey)];
                                      }
                                  });
    if (rc != ERROR_SUCCESS) {
        return win32Error(rc, "FwpmCalloutEnum0");
    }
    for (auto& p : providers) {
        if (auto it = callouts.find(p.key); it != callouts.end()) {
            p.callouts = it->second;
        }
    }
    return providers;
}

} // namespace ipsecdoctor::win
