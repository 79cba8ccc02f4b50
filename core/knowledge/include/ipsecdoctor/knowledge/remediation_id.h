#pragma once
// The allow-list of remediations. An id names an action on one known service:
// "service.<lower-case service name>.<action>", e.g. "service.policyagent.set-automatic".
// Only ids this parser accepts can ever run, elevated or not.

#include "ipsecdoctor/util/expected.h"

#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

enum class ServiceAction {
    Start,           // StartService, wait for Running
    Restart,         // stop active dependents, stop, start, start the dependents again
    SetDefaultStart, // start type back to the Windows default, then start it
    SetAutomatic,    // start type Automatic, then start it
};

std::string_view
serviceActionId(ServiceAction a); // "start" | "restart" | "set-default-start" | "set-automatic"

struct RemediationSpec {
    std::string id;
    ServiceAction action = ServiceAction::Start;
    std::string service;        // SCM key name as Windows spells it, e.g. "PolicyAgent"
    bool needsElevation = true; // every SCM change needs administrator rights
    bool reversible = true;     // false: undo has nothing to restore (a restart changes no setting)

    bool operator==(const RemediationSpec&) const = default;
};

/// Validates `id` against the allow-list; Error{InvalidArgument} with the reason otherwise.
Expected<RemediationSpec> parseRemediationId(std::string_view id);

/// The id for an action on a service (no validation; pair with parseRemediationId).
std::string makeRemediationId(std::string_view service, ServiceAction action);

/// Every allowed id, for --help and tests.
std::vector<std::string> allRemediationIds();

} // namespace ipsecdoctor
