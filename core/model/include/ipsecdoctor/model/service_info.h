#pragma once
// What the Service Control Manager reports about one service, as plain values.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

enum class ServiceState {
    Stopped,
    StartPending,
    StopPending,
    Running,
    ContinuePending,
    PausePending,
    Paused
};

/// SCM start types that matter for services (boot/system are drivers' and kept for fidelity).
enum class StartType { Boot, System, Automatic, Manual, Disabled };

std::string_view serviceStateId(ServiceState s); // "stopped", "running", ...
std::optional<ServiceState> serviceStateFromId(std::string_view id);
std::string_view startTypeId(StartType t); // "automatic", "manual", "disabled", ...
std::optional<StartType> startTypeFromId(std::string_view id);

/// Win32 ERROR_SERVICE_NEVER_STARTED: the exit code of a service that simply was never started.
inline constexpr std::uint32_t kServiceNeverStarted = 1077;

struct ServiceInfo {
    std::string name; // key name, e.g. "PolicyAgent"
    std::string displayName;
    bool present = true; // false: the SCM does not know this service
    ServiceState state = ServiceState::Stopped;
    StartType startType = StartType::Manual;
    bool delayedAutoStart = false;
    bool triggerStart = false;             // has at least one SERVICE_CONFIG_TRIGGER_INFO trigger
    std::vector<std::string> dependencies; // DependOnService (groups are prefixed with '+')
    std::vector<std::string> dependents;   // services that depend on this one
    std::uint32_t win32ExitCode = 0;       // last exit code as the SCM reports it
    std::uint32_t serviceSpecificExitCode = 0;
    std::uint32_t processId = 0;
    std::string account; // service start name, e.g. "NT AUTHORITY\\NetworkService"

    bool operator==(const ServiceInfo&) const = default;
};

} // namespace ipsecdoctor
