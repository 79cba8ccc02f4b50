#include "ipsecdoctor/checks/run_checks.h"

#include "ipsecdoctor/proposals/proposal_checks.h"

#include <algorithm>

namespace ipsecdoctor {

std::vector<Finding> runChecks(const SystemSnapshot& snapshot, std::optional<Step> step) {
    std::vector<Finding> findings;
    if (!step || *step == Step::Services) {
        auto services = checkServices(snapshot);
        findings.insert(findings.end(), services.begin(), services.end());
    }
    if (!step || *step == Step::Proposals) {
        auto profiles = proposals::checkProfiles(snapshot);
        findings.insert(findings.end(), profiles.begin(), profiles.end());
    }
    // Worst first; the check order (start order of the services) breaks ties, so stable_sort.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    return findings;
}

} // namespace ipsecdoctor
