#include "scm_test_support.h"

#include "ipsecdoctor/util/win/win_strings.h"
#include "platform/win/sc_handle.h"

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace ipsecdoctor::wintest {
namespace {

using win::ScHandle;
using win::toUtf8;
using win::toWide;

[[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error(what + " failed: Win32 error " + std::to_string(GetLastError()));
}

ScHandle openScm(DWORD access) {
    ScHandle scm(OpenSCManagerW(nullptr, nullptr, access));
    if (!scm) {
        fail("OpenSCManagerW");
    }
    return scm;
}

ScHandle openRaw(const std::string& name, DWORD access) {
    const ScHandle scm = openScm(SC_MANAGER_CONNECT);
    return ScHandle(OpenServiceW(scm.get(), toWide(name).c_str(), access));
}

bool waitForRawState(SC_HANDLE service, DWORD wanted, DWORD timeoutMs) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        SERVICE_STATUS_PROCESS status{};
        DWORD needed = 0;
        if (!QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE*>(&status),
                                  sizeof status, &needed)) {
            return false;
        }
        if (status.dwCurrentState == wanted) {
            return true;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
}

} // namespace

bool runningUnderWine() {
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll != nullptr && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

std::wstring programDirectory() {
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
        if (length == 0) {
            fail("GetModuleFileNameW");
        }
        if (length < path.size()) {
            path.resize(length);
            break;
        }
        path.resize(path.size() * 2);
    }
    return path.substr(0, path.find_last_of(L"\\/"));
}

std::string uniqueServiceName(std::string_view stem) {
    static std::atomic<int> counter{0};
    return "IpsdTest" + std::to_string(GetCurrentProcessId()) + "_" + std::to_string(++counter) + "_" +
           std::string(stem);
}

TestService::TestService(const TestServiceSpec& spec) : m_name(spec.name) {
    const ScHandle scm = openScm(SC_MANAGER_CONNECT | SC_MANAGER_CREATE_SERVICE);
    std::wstring binary = L"\"" + programDirectory() + L"\\test_service.exe\"";
    if (!spec.arguments.empty()) {
        binary += L" " + spec.arguments;
    }
    const std::wstring dependencies = win::joinMultiString(spec.dependencies);
    const std::wstring display = toWide(spec.displayName.empty() ? spec.name : spec.displayName);
    ScHandle service(CreateServiceW(
        scm.get(), toWide(spec.name).c_str(), display.c_str(), SERVICE_ALL_ACCESS, SERVICE_WIN32_OWN_PROCESS,
        spec.startType, SERVICE_ERROR_NORMAL, binary.c_str(), nullptr, nullptr,
        spec.dependencies.empty() ? nullptr : dependencies.c_str(), nullptr, nullptr));
    if (!service) {
        fail("CreateServiceW(" + spec.name + ")");
    }
}

TestService::~TestService() {
    try {
        deleteServiceIfPresent(m_name);
    } catch (const std::exception&) {
        // A destructor must not throw; a leftover service is reported by the next run's set-up.
    }
}

void rawStartAndWait(const std::string& name, DWORD timeoutMs) {
    const ScHandle service = openRaw(name, SERVICE_START | SERVICE_QUERY_STATUS);
    if (!service) {
        fail("OpenServiceW(" + name + ")");
    }
    if (!StartServiceW(service.get(), 0, nullptr) && GetLastError() != ERROR_SERVICE_ALREADY_RUNNING) {
        fail("StartServiceW(" + name + ")");
    }
    if (!waitForRawState(service.get(), SERVICE_RUNNING, timeoutMs)) {
        throw std::runtime_error(name + " did not reach running");
    }
}

void rawStopAndWait(const std::string& name, DWORD timeoutMs) {
    const ScHandle service = openRaw(name, SERVICE_STOP | SERVICE_QUERY_STATUS);
    if (!service) {
        return;
    }
    SERVICE_STATUS status{};
    if (!ControlService(service.get(), SERVICE_CONTROL_STOP, &status) &&
        GetLastError() != ERROR_SERVICE_NOT_ACTIVE && GetLastError() != ERROR_SERVICE_CANNOT_ACCEPT_CTRL) {
        fail("ControlService(" + name + ", STOP)");
    }
    if (!waitForRawState(service.get(), SERVICE_STOPPED, timeoutMs)) {
        throw std::runtime_error(name + " did not stop");
    }
}

std::optional<RawStatus> rawStatus(const std::string& name) {
    const ScHandle service = openRaw(name, SERVICE_QUERY_STATUS);
    if (!service) {
        return std::nullopt;
    }
    SERVICE_STATUS_PROCESS status{};
    DWORD needed = 0;
    if (!QueryServiceStatusEx(service.get(), SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE*>(&status),
                              sizeof status, &needed)) {
        fail("QueryServiceStatusEx(" + name + ")");
    }
    return RawStatus{status.dwCurrentState, status.dwProcessId};
}

std::optional<std::wstring> serviceBinaryPath(const std::string& name) {
    const ScHandle service = openRaw(name, SERVICE_QUERY_CONFIG);
    if (!service) {
        return std::nullopt;
    }
    std::vector<std::uint64_t> buffer(8192 / sizeof(std::uint64_t));
    DWORD needed = 0;
    if (!QueryServiceConfigW(service.get(), reinterpret_cast<QUERY_SERVICE_CONFIGW*>(buffer.data()),
                             static_cast<DWORD>(buffer.size() * sizeof(std::uint64_t)), &needed)) {
        fail("QueryServiceConfigW(" + name + ")");
    }
    const auto* config = reinterpret_cast<const QUERY_SERVICE_CONFIGW*>(buffer.data());
    return std::wstring(config->lpBinaryPathName != nullptr ? config->lpBinaryPathName : L"");
}

void deleteServiceIfPresent(const std::string& name) {
    if (!rawStatus(name)) {
        return;
    }
    rawStopAndWait(name);
    const ScHandle service = openRaw(name, DELETE);
    if (service && !DeleteService(service.get()) && GetLastError() != ERROR_SERVICE_MARKED_FOR_DELETE) {
        fail("DeleteService(" + name + ")");
    }
}

std::vector<std::string> rawDependents(const std::string& name) {
    const ScHandle service = openRaw(name, SERVICE_ENUMERATE_DEPENDENTS);
    if (!service) {
        fail("OpenServiceW(" + name + ")");
    }
    std::vector<std::uint64_t> buffer(16384 / sizeof(std::uint64_t));
    DWORD needed = 0;
    DWORD count = 0;
    if (!EnumDependentServicesW(service.get(), SERVICE_STATE_ALL,
                                reinterpret_cast<ENUM_SERVICE_STATUSW*>(buffer.data()),
                                static_cast<DWORD>(buffer.size() * sizeof(std::uint64_t)), &needed, &count)) {
        fail("EnumDependentServicesW(" + name + ")");
    }
    const auto* entries = reinterpret_cast<const ENUM_SERVICE_STATUSW*>(buffer.data());
    std::vector<std::string> names;
    for (DWORD i = 0; i < count; ++i) {
        names.push_back(toUtf8(entries[i].lpServiceName));
    }
    return names;
}

} // namespace ipsecdoctor::wintest
