#pragma once
// ServiceControl over the real Service Control Manager. Each call opens the SCM and the service
// with only the access it needs, so queries work for any user and only changes need an
// administrator.

#include "ipsecdoctor/platform/service_control.h"
#include "sc_handle.h"

#include <windows.h>

namespace ipsecdoctor::win {

class Win32ServiceControl final : public ServiceControl {
public:
    Expected<ServiceInfo> query(std::string_view name) override;
    Expected<std::vector<std::string>> activeDependents(std::string_view name) override;
    Expected<void> setStartType(std::string_view name, StartType type, bool delayedAutoStart) override;

    /// ERROR_SERVICE_DISABLED is Error{InvalidArgument} when the service itself is disabled and
    /// Error{Dependency} when it is not (then a service it depends on is), both with native 1058.
    Expected<void> start(std::string_view name) override;
    Expected<void> stop(std::string_view name) override;

    /// Polls QueryServiceStatusEx, every tenth of the service's wait hint (50 ms to 1 s). When
    /// waiting for Running, a service seen stopping after having started, or stopped with an
    /// error exit code, fails at once with that code instead of waiting for the timeout.
    Expected<void> waitForState(std::string_view name, ServiceState target,
                                std::chrono::milliseconds timeout) override;

    bool canModify() const override { return true; }
};

/// OpenSCManagerW(SC_MANAGER_CONNECT) then OpenServiceW(name, access). A service the SCM does not
/// know is Error{NotFound, 1060}; a name that is empty, too long or not valid UTF-8 is
/// Error{InvalidArgument}.
Expected<ScHandle> openService(std::string_view name, DWORD access);

} // namespace ipsecdoctor::win
