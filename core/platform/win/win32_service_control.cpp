#include "win32_service_control.h"

#include "ipsecdoctor/util/win/win_error.h"
#include "ipsecdoctor/util/win/win_strings.h"
#include "scm_operations.h"

#include <algorithm>
#include <thread>

namespace ipsecdoctor::win {
namespace {

// SCM key names are at most 256 characters (MAX_SERVICE_NAME_LEN in the SDK documentation).
constexpr std::size_t kMaxServiceName = 256;

std::string quoted(std::string_view name) {
    return "'" + std::string(name) + "'";
}

// The exit code a stopped service reports when nothing went wrong (never started, or stopped
// cleanly); anything else is why it stopped.
bool isFailureExit(const ServiceStatus& status) {
    return status.win32ExitCode != NO_ERROR && status.win32ExitCode != kServiceNeverStarted;
}

Error stoppedWhileStarting(std::string_view name, const ServiceStatus& status) {
    std::string detail = "service " + quoted(name) + " stopped instead of reaching running";
    if (status.win32ExitCode == ERROR_SERVICE_SPECIFIC_ERROR) {
        detail += " (service-specific exit code " + std::to_string(status.serviceSpecificExitCode) + ")";
    } else if (status.win32ExitCode != NO_ERROR) {
        detail += " (Win32 exit code " + std::to_string(status.win32ExitCode) + ")";
    }
    const std::uint32_t native =
        status.win32ExitCode != NO_ERROR ? status.win32ExitCode : ERROR_SERVICE_NOT_ACTIVE;
    return Error{ErrorCode::Platform, native, std::move(detail)};
}

} // namespace

Expected<ScHandle> openService(std::string_view name, DWORD access) {
    bool valid = !name.empty() && name.size() <= kMaxServiceName;
    const std::wstring wide = valid ? toWide(name, &valid) : std::wstring();
    if (!valid || wide.find(L'\0') != std::wstring::npos) {
        return Error::make(ErrorCode::InvalidArgument, "invalid service name " + quoted(name),
                           ERROR_INVALID_NAME);
    }
    ScHandle scm(OpenSCManagerW(nullptr, nullptr, kScmAccess));
    if (!scm) {
        return lastWin32Error("OpenSCManagerW");
    }
    ScHandle service(OpenServiceW(scm.get(), wide.c_str(), access));
    if (!service) {
        return lastWin32Error("OpenServiceW(" + quoted(name) + ")");
    }
    return service;
}

Expected<ServiceInfo> Win32ServiceControl::query(std::string_view name) {
    auto service = openService(name, kQueryAccess);
    if (!service) {
        if (service.error().native == ERROR_SERVICE_DOES_NOT_EXIST) {
            ServiceInfo missing;
            missing.name = std::string(name);
            missing.present = false;
            return missing;
        }
        return service.error();
    }
    return describeService(service->get(), name);
}

Expected<std::vector<std::string>> Win32ServiceControl::activeDependents(std::string_view name) {
    auto service = openService(name, kDependentsAccess);
    if (!service) {
        return service.error();
    }
    auto dependents = enumDependents(service->get(), name);
    if (!dependents) {
        return dependents.error();
    }
    // Kept in EnumDependentServicesW's order, which is the order to stop them in.
    std::vector<std::string> active;
    for (auto& dependent : *dependents) {
        if (dependent.state != ServiceState::Stopped) {
            active.push_back(std::move(dependent.name));
        }
    }
    return active;
}

Expected<void> Win32ServiceControl::setStartType(std::string_view name, StartType type,
                                                 bool delayedAutoStart) {
    auto service = openService(name, kChangeConfigAccess);
    if (!service) {
        return service.error();
    }
    return changeStartType(service->get(), name, type, delayedAutoStart);
}

Expected<void> Win32ServiceControl::start(std::string_view name) {
    auto service = openService(name, kStartAccess);
    if (!service) {
        return service.error();
    }
    auto started = startService(service->get(), name);
    if (started || started.error().native != ERROR_SERVICE_DISABLED) {
        return started;
    }
    // 1058 names no service: it is this one when its start type is Disabled, else a dependency.
    // Asking needs another handle (SERVICE_QUERY_CONFIG), which any user may open.
    auto config = openService(name, SERVICE_QUERY_CONFIG);
    auto type = config ? queryStartType(config->get(), name) : Expected<StartType>(config.error());
    if (type && *type != StartType::Disabled) {
        return Error{ErrorCode::Dependency, ERROR_SERVICE_DISABLED,
                     "cannot start " + quoted(name) +
                         ": a service it depends on is disabled (Win32 error 1058)"};
    }
    return started;
}

Expected<void> Win32ServiceControl::stop(std::string_view name) {
    auto service = openService(name, kStopAccess);
    if (!service) {
        return service.error();
    }
    return stopService(service->get(), name);
}

Expected<void> Win32ServiceControl::waitForState(std::string_view name, ServiceState target,
                                                 std::chrono::milliseconds timeout) {
    using Clock = std::chrono::steady_clock;
    using std::chrono::milliseconds;
    auto service = openService(name, kStatusAccess);
    if (!service) {
        return service.error();
    }
    const auto deadline = Clock::now() + timeout;
    bool seenActive = false;
    for (;;) {
        auto status = queryStatus(service->get(), name);
        if (!status) {
            return status.error();
        }
        if (status->state == target) {
            return {};
        }
        if (target == ServiceState::Running) {
            if (status->state == ServiceState::Stopped && (seenActive || isFailureExit(*status))) {
                return stoppedWhileStarting(name, *status);
            }
            seenActive = seenActive || status->state != ServiceState::Stopped;
        }
        const auto now = Clock::now();
        if (now >= deadline) {
            return Error{ErrorCode::Timeout, ERROR_SERVICE_REQUEST_TIMEOUT,
                         "service " + quoted(name) + " did not become " +
                             std::string(serviceStateId(target)) + " within " +
                             std::to_string(timeout.count()) + " ms (it is " +
                             std::string(serviceStateId(status->state)) + ")"};
        }
        // As Microsoft's service samples do: a tenth of the wait hint, within sensible bounds.
        const auto interval =
            std::clamp(milliseconds(status->waitHintMs / 10), milliseconds(50), milliseconds(1000));
        std::this_thread::sleep_for(std::min<Clock::duration>(interval, deadline - now));
    }
}

} // namespace ipsecdoctor::win
