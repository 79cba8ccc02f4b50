#include "scm_operations.h"

#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/win/win_error.h"
#include "ipsecdoctor/util/win/win_strings.h"

#include <cstdint>

namespace ipsecdoctor::win {
namespace {

// For the Win32 "call, learn the size, call again" pattern. 8-byte units keep the structures
// the APIs write at the start of the buffer aligned.
using Buffer = std::vector<std::uint64_t>;

template <class Call>
bool callWithBuffer(Buffer& buffer, Call call) {
    // The size can grow between two calls (a dependent added meanwhile): retry a few times.
    for (int attempt = 0; attempt < 4; ++attempt) {
        const auto size = static_cast<DWORD>(buffer.size() * sizeof(std::uint64_t));
        DWORD needed = 0;
        if (call(reinterpret_cast<BYTE*>(buffer.data()), size, &needed)) {
            return true;
        }
        const DWORD error = GetLastError();
        if ((error != ERROR_INSUFFICIENT_BUFFER && error != ERROR_MORE_DATA) || needed <= size) {
            SetLastError(error);
            return false;
        }
        buffer.resize((needed + sizeof(std::uint64_t) - 1) / sizeof(std::uint64_t));
    }
    return false;
}

std::string quoted(std::string_view name) {
    return "'" + std::string(name) + "'";
}

Expected<Buffer> queryConfig(SC_HANDLE service, std::string_view name) {
    Buffer buffer(1024 / sizeof(std::uint64_t));
    const bool ok = callWithBuffer(buffer, [&](BYTE* data, DWORD size, DWORD* needed) {
        return QueryServiceConfigW(service, reinterpret_cast<QUERY_SERVICE_CONFIGW*>(data), size, needed);
    });
    if (!ok) {
        return lastWin32Error("QueryServiceConfigW(" + quoted(name) + ")");
    }
    return buffer;
}

const QUERY_SERVICE_CONFIGW& asConfig(const Buffer& buffer) {
    return *reinterpret_cast<const QUERY_SERVICE_CONFIGW*>(buffer.data());
}

struct DelayedFlag {
    bool supported = true; // false: the system has no such setting (Wine 8: ERROR_INVALID_LEVEL)
    bool value = false;
};

Expected<DelayedFlag> queryDelayedAutoStart(SC_HANDLE service, std::string_view name) {
    SERVICE_DELAYED_AUTO_START_INFO info{};
    DWORD needed = 0;
    if (QueryServiceConfig2W(service, SERVICE_CONFIG_DELAYED_AUTO_START_INFO, reinterpret_cast<BYTE*>(&info),
                             sizeof info, &needed)) {
        return DelayedFlag{true, info.fDelayedAutostart != FALSE};
    }
    const DWORD error = GetLastError();
    if (error == ERROR_INVALID_LEVEL) {
        return DelayedFlag{false, false};
    }
    return win32Error(error, "QueryServiceConfig2W(" + quoted(name) + ", DELAYED_AUTO_START_INFO)");
}

Expected<void> setDelayedAutoStart(SC_HANDLE service, std::string_view name, bool delayed) {
    SERVICE_DELAYED_AUTO_START_INFO info{};
    info.fDelayedAutostart = delayed ? TRUE : FALSE;
    if (!ChangeServiceConfig2W(service, SERVICE_CONFIG_DELAYED_AUTO_START_INFO, &info)) {
        return lastWin32Error("ChangeServiceConfig2W(" + quoted(name) + ", DELAYED_AUTO_START_INFO)");
    }
    return {};
}

Expected<void> setStartTypeOnly(SC_HANDLE service, std::string_view name, DWORD startType) {
    if (!ChangeServiceConfigW(service, SERVICE_NO_CHANGE, startType, SERVICE_NO_CHANGE, nullptr, nullptr,
                              nullptr, nullptr, nullptr, nullptr, nullptr)) {
        return lastWin32Error("ChangeServiceConfigW(" + quoted(name) + ")");
    }
    return {};
}

// SERVICE_TRIGGER_INFO as documented in winsvc.h; mingw-w64 10 defines only the level constant.
struct TriggerInfo {
    DWORD cTriggers;
    void* pTriggers;
    BYTE* pReserved;
};

// Trigger-start services (IKEEXT, PolicyAgent) are healthy when stopped, so this only informs.
// Any failure means "no triggers": Wine 8 answers ERROR_INVALID_LEVEL for this level.
bool hasTriggers(SC_HANDLE service, std::string_view name) {
    Buffer buffer(256 / sizeof(std::uint64_t));
    const bool ok = callWithBuffer(buffer, [&](BYTE* data, DWORD size, DWORD* needed) {
        return QueryServiceConfig2W(service, SERVICE_CONFIG_TRIGGER_INFO, data, size, needed);
    });
    if (!ok) {
        logger()->debug("no trigger info for {}: Win32 error {}", name, GetLastError());
        return false;
    }
    return reinterpret_cast<const TriggerInfo*>(buffer.data())->cTriggers > 0;
}

} // namespace

ServiceState serviceStateFromWin32(DWORD currentState) {
    switch (currentState) {
    case SERVICE_START_PENDING:
        return ServiceState::StartPending;
    case SERVICE_STOP_PENDING:
        return ServiceState::StopPending;
    case SERVICE_RUNNING:
        return ServiceState::Running;
    case SERVICE_CONTINUE_PENDING:
        return ServiceState::ContinuePending;
    case SERVICE_PAUSE_PENDING:
        return ServiceState::PausePending;
    case SERVICE_PAUSED:
        return ServiceState::Paused;
    case SERVICE_STOPPED:
    default:
        return ServiceState::Stopped;
    }
}

StartType startTypeFromWin32(DWORD startType) {
    switch (startType) {
    case SERVICE_BOOT_START:
        return StartType::Boot;
    case SERVICE_SYSTEM_START:
        return StartType::System;
    case SERVICE_AUTO_START:
        return StartType::Automatic;
    case SERVICE_DISABLED:
        return StartType::Disabled;
    case SERVICE_DEMAND_START:
    default:
        return StartType::Manual;
    }
}

DWORD startTypeToWin32(StartType type) {
    switch (type) {
    case StartType::Boot:
        return SERVICE_BOOT_START;
    case StartType::System:
        return SERVICE_SYSTEM_START;
    case StartType::Automatic:
        return SERVICE_AUTO_START;
    case StartType::Disabled:
        return SERVICE_DISABLED;
    case StartType::Manual:
        break;
    }
    return SERVICE_DEMAND_START;
}

Expected<ServiceStatus> queryStatus(SC_HANDLE service, std::string_view name) {
    SERVICE_STATUS_PROCESS raw{};
    DWORD needed = 0;
    if (!QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE*>(&raw), sizeof raw,
                              &needed)) {
        return lastWin32Error("QueryServiceStatusEx(" + quoted(name) + ")");
    }
    ServiceStatus status;
    status.state = serviceStateFromWin32(raw.dwCurrentState);
    status.win32ExitCode = raw.dwWin32ExitCode;
    status.serviceSpecificExitCode = raw.dwServiceSpecificExitCode;
    status.processId = raw.dwProcessId;
    status.checkPoint = raw.dwCheckPoint;
    status.waitHintMs = raw.dwWaitHint;
    return status;
}

Expected<StartType> queryStartType(SC_HANDLE service, std::string_view name) {
    auto config = queryConfig(service, name);
    if (!config) {
        return config.error();
    }
    return startTypeFromWin32(asConfig(*config).dwStartType);
}

Expected<std::vector<DependentService>> enumDependents(SC_HANDLE service, std::string_view name) {
    Buffer buffer(1024 / sizeof(std::uint64_t));
    DWORD count = 0;
    const bool ok = callWithBuffer(buffer, [&](BYTE* data, DWORD size, DWORD* needed) {
        return EnumDependentServicesW(service, SERVICE_STATE_ALL,
                                      reinterpret_cast<ENUM_SERVICE_STATUSW*>(data), size, needed, &count);
    });
    if (!ok) {
        return lastWin32Error("EnumDependentServicesW(" + quoted(name) + ")");
    }
    const auto* entries = reinterpret_cast<const ENUM_SERVICE_STATUSW*>(buffer.data());
    std::vector<DependentService> out;
    out.reserve(count);
    for (DWORD i = 0; i < count; ++i) {
        out.push_back({toUtf8(entries[i].lpServiceName),
                       serviceStateFromWin32(entries[i].ServiceStatus.dwCurrentState)});
    }
    return out;
}

Expected<ServiceInfo> describeService(SC_HANDLE service, std::string_view name) {
    ServiceInfo info;
    info.name = std::string(name);
    info.present = true;

    auto status = queryStatus(service, name);
    if (!status) {
        return status.error();
    }
    info.state = status->state;
    info.win32ExitCode = status->win32ExitCode;
    info.serviceSpecificExitCode = status->serviceSpecificExitCode;
    info.processId = status->processId;

    auto config = queryConfig(service, name);
    if (!config) {
        return config.error();
    }
    const auto& qsc = asConfig(*config);
    info.startType = startTypeFromWin32(qsc.dwStartType);
    info.displayName = qsc.lpDisplayName != nullptr ? toUtf8(qsc.lpDisplayName) : std::string();
    info.account = qsc.lpServiceStartName != nullptr ? toUtf8(qsc.lpServiceStartName) : std::string();
    info.dependencies = splitMultiString(qsc.lpDependencies);

    auto delayed = queryDelayedAutoStart(service, name);
    if (!delayed) {
        return delayed.error();
    }
    info.delayedAutoStart = delayed->value;
    info.triggerStart = hasTriggers(service, name);

    auto dependents = enumDependents(service, name);
    if (!dependents) {
        return dependents.error();
    }
    for (auto& dependent : *dependents) {
        info.dependents.push_back(std::move(dependent.name));
    }
    return info;
}

Expected<void> changeStartType(SC_HANDLE service, std::string_view name, StartType type,
                               bool delayedAutoStart) {
    auto config = queryConfig(service, name);
    if (!config) {
        return config.error();
    }
    const DWORD oldType = asConfig(*config).dwStartType;
    auto oldDelayed = queryDelayedAutoStart(service, name);
    if (!oldDelayed) {
        return oldDelayed.error();
    }
    if (!oldDelayed->supported && delayedAutoStart) {
        // Refuse before changing anything rather than leave half of the request applied.
        return Error::make(ErrorCode::NotSupported,
                           "delayed automatic start is not available on this system (" + quoted(name) + ")",
                           ERROR_INVALID_LEVEL);
    }
    bool flagDone = !oldDelayed->supported || oldDelayed->value == delayedAutoStart;

    // Windows documents the flag for automatic-start services only, so it is changed while the
    // service is one: before leaving Automatic, or after becoming Automatic.
    if (!flagDone && oldType == SERVICE_AUTO_START) {
        if (auto set = setDelayedAutoStart(service, name, delayedAutoStart); !set) {
            return set;
        }
        flagDone = true;
    }
    if (auto set = setStartTypeOnly(service, name, startTypeToWin32(type)); !set) {
        if (flagDone && oldDelayed->supported && oldDelayed->value != delayedAutoStart) {
            (void)setDelayedAutoStart(service, name, oldDelayed->value); // best effort: back to before
        }
        return set;
    }
    if (!flagDone) {
        auto set = setDelayedAutoStart(service, name, delayedAutoStart);
        if (!set && set.error().native == ERROR_INVALID_PARAMETER && type != StartType::Automatic) {
            // The flag only matters for automatic start; a system refusing it elsewhere loses nothing.
            logger()->info("delayed-start flag of {} not changed: ignored for start type {}", name,
                           startTypeId(type));
        } else if (!set) {
            (void)setStartTypeOnly(service, name, oldType); // best effort: back to before
            return set;
        }
    }
    return {};
}

Expected<void> startService(SC_HANDLE service, std::string_view name) {
    if (StartServiceW(service, 0, nullptr)) {
        return {};
    }
    const DWORD error = GetLastError();
    if (error == ERROR_SERVICE_ALREADY_RUNNING) {
        return {};
    }
    return win32Error(error, "StartServiceW(" + quoted(name) + ")");
}

Expected<void> stopService(SC_HANDLE service, std::string_view name) {
    SERVICE_STATUS status{};
    if (ControlService(service, SERVICE_CONTROL_STOP, &status)) {
        return {};
    }
    const DWORD error = GetLastError();
    if (error == ERROR_SERVICE_NOT_ACTIVE) {
        return {};
    }
    // Already stopping: the SCM refuses a second stop but fills in the current status.
    if (error == ERROR_SERVICE_CANNOT_ACCEPT_CTRL &&
        (status.dwCurrentState == SERVICE_STOP_PENDING || status.dwCurrentState == SERVICE_STOPPED)) {
        return {};
    }
    return win32Error(error, "ControlService(" + quoted(name) + ", STOP)");
}

} // namespace ipsecdoctor::win
