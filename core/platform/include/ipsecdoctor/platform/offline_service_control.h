#pragma once

#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/platform/service_control.h"

namespace ipsecdoctor {

/// Answers queries from a loaded snapshot; every change fails with Error{ReadOnly}.
class OfflineServiceControl final : public ServiceControl {
public:
    explicit OfflineServiceControl(SystemSnapshot snapshot) : m_snapshot(std::move(snapshot)) {}

    Expected<ServiceInfo> query(std::string_view name) override;
    Expected<std::vector<std::string>> activeDependents(std::string_view name) override;
    Expected<void> setStartType(std::string_view name, StartType type, bool delayedAutoStart) override;
    Expected<void> start(std::string_view name) override;
    Expected<void> stop(std::string_view name) override;
    Expected<void> waitForState(std::string_view name, ServiceState target,
                                std::chrono::milliseconds timeout) override;
    bool canModify() const override { return false; }

private:
    SystemSnapshot m_snapshot;
};

} // namespace ipsecdoctor
