#pragma once
// Service operations on handles that are already open. Win32ServiceControl opens each handle
// with the least access its operation needs (below) and calls these; the Wine tests call them
// with handles that lack a right, to get the very errors a non-administrator gets.

#include "ipsecdoctor/model/service_info.h"
#include "ipsecdoctor/util/expected.h"

#include <windows.h>

#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::win {

// Any user holds these on the IPsec services; the change/start/stop rights need an administrator.
inline constexpr DWORD kScmAccess = SC_MANAGER_CONNECT;
inline constexpr DWORD kQueryAccess =
    SERVICE_QUERY_CONFIG | SERVICE_QUERY_STATUS | SERVICE_ENUMERATE_DEPENDENTS;
inline constexpr DWORD kStatusAccess = SERVICE_QUERY_STATUS;
inline constexpr DWORD kDependentsAccess = SERVICE_ENUMERATE_DEPENDENTS;
inline constexpr DWORD kChangeConfigAccess = SERVICE_CHANGE_CONFIG | SERVICE_QUERY_CONFIG;
inline constexpr DWORD kStartAccess = SERVICE_START;
inline constexpr DWORD kStopAccess = SERVICE_STOP;

/// What QueryServiceStatusEx reports, with the fields waitForState needs.
struct ServiceStatus {
    ServiceState state = ServiceState::Stopped;
    std::uint32_t win32ExitCode = 0;
    std::uint32_t serviceSpecificExitCode = 0;
    std::uint32_t processId = 0;
    std::uint32_t checkPoint = 0;
    std::uint32_t waitHintMs = 0;
};

struct DependentService {
    std::string name;
    ServiceState state = ServiceState::Stopped;
};

ServiceState serviceStateFromWin32(DWORD currentState);
StartType startTypeFromWin32(DWORD startType);
DWORD startTypeToWin32(StartType type);

/// QueryServiceStatusEx (needs SERVICE_QUERY_STATUS).
Expected<ServiceStatus> queryStatus(SC_HANDLE service, std::string_view name);

/// Everything in ServiceInfo (needs kQueryAccess). The delayed-start flag and trigger info come
/// from QueryServiceConfig2W; where the system does not know those levels (Wine answers
/// ERROR_INVALID_LEVEL) they are false.
Expected<ServiceInfo> describeService(SC_HANDLE service, std::string_view name);

/// The start type alone (needs SERVICE_QUERY_CONFIG).
Expected<StartType> queryStartType(SC_HANDLE service, std::string_view name);

/// EnumDependentServicesW: every service that depends on this one, directly or not, in the
/// order they must be stopped (needs SERVICE_ENUMERATE_DEPENDENTS).
Expected<std::vector<DependentService>> enumDependents(SC_HANDLE service, std::string_view name);

/// ChangeServiceConfigW + the delayed-auto-start flag (needs kChangeConfigAccess).
Expected<void> changeStartType(SC_HANDLE service, std::string_view name, StartType type,
                               bool delayedAutoStart);

/// StartServiceW; already running counts as success (needs SERVICE_START).
Expected<void> startService(SC_HANDLE service, std::string_view name);

/// ControlService(SERVICE_CONTROL_STOP); not running counts as success (needs SERVICE_STOP).
Expected<void> stopService(SC_HANDLE service, std::string_view name);

} // namespace ipsecdoctor::win
