#pragma once
// A Finding is what a check concluded, without prose: the app turns `id` into words.

#include "ipsecdoctor/model/ike_phase.h"
#include "ipsecdoctor/model/severity.h"
#include "ipsecdoctor/model/step.h"

#include <map>
#include <string>
#include <vector>

namespace ipsecdoctor {

struct Finding {
    std::string id;      // stable, e.g. "service.policyagent.disabled"
    std::string subject; // what it is about, e.g. the service name "PolicyAgent"
    Severity severity = Severity::Ok;
    Step step = Step::Services;
    IkePhase phase = IkePhase::Local;
    std::map<std::string, std::string> evidence; // structured facts, machine-readable values
    std::vector<std::string> remediations;       // remediation ids that address it, best first

    bool operator==(const Finding&) const = default;
};

/// Worst severity among the findings (Ok for none).
Severity worstSeverity(const std::vector<Finding>& findings);

} // namespace ipsecdoctor
