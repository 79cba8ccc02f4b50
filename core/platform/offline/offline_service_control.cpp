#include "ipsecdoctor/platform/offline_service_control.h"

#include "ipsecdoctor/util/ascii.h"

namespace ipsecdoctor {
namespace {

Error readOnly(std::string_view name) {
    return Error::make(ErrorCode::ReadOnly,
                       "'" + std::string(name) + "' belongs to a diagnostic bundle: nothing can be changed");
}

} // namespace

Expected<ServiceInfo> OfflineServiceControl::query(std::string_view name) {
    if (const auto* s = m_snapshot.findService(name)) {
        return *s;
    }
    // The bundle did not record it: that is "unknown", not "missing on the machine".
    return Error::make(ErrorCode::NotFound,
                       "the bundle has no record of service '" + std::string(name) + "'");
}

Expected<std::vector<std::string>> OfflineServiceControl::activeDependents(std::string_view name) {
    const auto* s = m_snapshot.findService(name);
    if (!s) {
        return Error::make(ErrorCode::NotFound,
                           "the bundle has no record of service '" + std::string(name) + "'");
    }
    std::vector<std::string> active;
    for (const auto& dep : s->dependents) {
        const auto* d = m_snapshot.findService(dep);
        if (d && d->state != ServiceState::Stopped) {
            active.push_back(d->name);
        }
    }
    return active;
}

Expected<void> OfflineServiceControl::setStartType(std::string_view name, StartType, bool) {
    return readOnly(name);
}
Expected<void> OfflineServiceControl::start(std::string_view name) {
    return readOnly(name);
}
Expected<void> OfflineServiceControl::stop(std::string_view name) {
    return readOnly(name);
}
Expected<void> OfflineServiceControl::waitForState(std::string_view name, ServiceState,
                                                   std::chrono::milliseconds) {
    return readOnly(name);
}

} // namespace ipsecdoctor
