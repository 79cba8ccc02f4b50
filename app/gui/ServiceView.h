#pragma once
// What the Services page shows for one service, gathered from the snapshot and the findings.

#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/service_info.h"
#include "ipsecdoctor/model/system_snapshot.h"

#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::gui {

struct ServiceView {
    std::string name;                // SCM key name, as Windows spells it ("PolicyAgent")
    std::optional<ServiceInfo> info; // as collected; nullopt before a check or when not collected
    std::optional<Finding> verdict;  // the service's own status finding
    std::vector<Finding> related;    // further findings about it (a blocked dependency)

    /// One view per known service, in start order; findings matched by subject.
    static std::vector<ServiceView> build(const std::optional<SystemSnapshot>& snapshot,
                                          const std::vector<Finding>& findings);
};

} // namespace ipsecdoctor::gui
