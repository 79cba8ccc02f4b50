#pragma once
// Narrow interface over the Service Control Manager. Win32: OpenSCManager & co.;
// offline: a loaded bundle (read-only). Implementations translate OS errors into Error once.

#include "ipsecdoctor/model/service_info.h"
#include "ipsecdoctor/util/expected.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

class ServiceControl {
public:
    virtual ~ServiceControl() = default;

    /// Full description of one service. A service the SCM does not know yields
    /// ServiceInfo{present=false}, not an error; errors are for failures to ask.
    virtual Expected<ServiceInfo> query(std::string_view name) = 0;

    /// Names of services that depend on `name` and are currently active (not stopped).
    virtual Expected<std::vector<std::string>> activeDependents(std::string_view name) = 0;

    /// ChangeServiceConfig (+ the delayed-auto-start flag). Needs administrator rights.
    virtual Expected<void> setStartType(std::string_view name, StartType type, bool delayedAutoStart) = 0;

    /// StartService / ControlService(STOP). They ask and return; use waitForState to wait.
    virtual Expected<void> start(std::string_view name) = 0;
    virtual Expected<void> stop(std::string_view name) = 0;

    /// Polls until the service reaches `target` or `timeout` elapses (Error{Timeout}).
    virtual Expected<void> waitForState(std::string_view name, ServiceState target,
                                        std::chrono::milliseconds timeout) = 0;

    /// False for the offline (bundle) backend: nothing may change.
    virtual bool canModify() const = 0;
};

} // namespace ipsecdoctor
