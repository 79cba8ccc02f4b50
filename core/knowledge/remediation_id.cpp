#include "ipsecdoctor/knowledge/remediation_id.h"

#include "ipsecdoctor/knowledge/known_services.h"

#include "ipsecdoctor/util/ascii.h"

#include <algorithm>
#include <array>

namespace ipsecdoctor {
namespace {

constexpr std::array<ServiceAction, 4> kActions{ServiceAction::Start, ServiceAction::Restart,
                                                ServiceAction::SetDefaultStart, ServiceAction::SetAutomatic};

} // namespace

std::string_view serviceActionId(ServiceAction a) {
    switch (a) {
    case ServiceAction::Start:
        return "start";
    case ServiceAction::Restart:
        return "restart";
    case ServiceAction::SetDefaultStart:
        return "set-default-start";
    case ServiceAction::SetAutomatic:
        return "set-automatic";
    }
    return "start";
}

std::string makeRemediationId(std::string_view service, ServiceAction action) {
    return "service." + asciiLower(service) + "." + std::string(serviceActionId(action));
}

Expected<RemediationSpec> parseRemediationId(std::string_view id) {
    auto invalid = [&](const std::string& why) {
        return Error::make(ErrorCode::InvalidArgument, "remediation id '" + std::string(id) + "': " + why);
    };
    if (id.size() > 64) {
        return invalid("too long");
    }
    constexpr std::string_view prefix = "service.";
    if (id.substr(0, prefix.size()) != prefix) {
        return invalid("unknown kind (expected service.<name>.<action>)");
    }
    const auto rest = id.substr(prefix.size());
    const auto dot = rest.find('.');
    if (dot == std::string_view::npos) {
        return invalid("missing action");
    }
    const auto serviceName = rest.substr(0, dot);
    const auto actionName = rest.substr(dot + 1);
    // Exact lower-case spelling only: one id per remediation keeps journals and allow-lists simple.
    if (serviceName != asciiLower(serviceName)) {
        return invalid("service names are written in lower case");
    }
    const KnownService* known = findKnownService(serviceName);
    if (!known) {
        return invalid("service is not one IPsec Doctor may change");
    }
    const auto action = std::find_if(kActions.begin(), kActions.end(),
                                     [&](ServiceAction a) { return serviceActionId(a) == actionName; });
    if (action == kActions.end()) {
        return invalid("unknown action");
    }
    if (std::find(known->actions.begin(), known->actions.end(), *action) == known->actions.end()) {
        return invalid("action not offered for this service");
    }
    RemediationSpec spec;
    spec.id = std::string(id);
    spec.action = *action;
    spec.service = std::string(known->name);
    spec.needsElevation = true;
    spec.reversible = *action != ServiceAction::Restart;
    return spec;
}

std::vector<std::string> allRemediationIds() {
    std::vector<std::string> ids;
    for (const auto& known : knownServices()) {
        for (auto action : known.actions) {
            ids.push_back(makeRemediationId(known.name, action));
        }
    }
    return ids;
}

} // namespace ipsecdoctor
