#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/checks/probe_checks.h"

#include "ipsecdoctor/checks/log_checks.h"
#include "ipsecdoctor/checks/transport_checks.h"

#include "ipsecdoctor/proposals/proposal_checks.h"

#include <algorithm>

namespace ipsecdoctor {

std::vector<Finding> runChecks(const SystemSnapshot& snapshot, std::optional<Step> step,
                               const CertificateCheckInput& certificates) {
    std::vector<Finding> findings;
    if (!step || *step == Step::Services) {
        auto services = checkServices(snapshot);
        findings.insert(findings.end(), services.begin(), services.end());
    }
    if (!step || *step == Step::Certificates) {
        auto certs = checkCertificates(snapshot, certificates);
        findings.insert(findings.end(), certs.begin(), certs.end());
    }
    if (!step || *step == Step::Logs) {
        auto logs = checkLogs(snapshot);
        findings.insert(findings.end(), logs.begin(), logs.end());
    }
    if (snapshot.probe) {
        for (auto& f : checkProbe(*snapshot.probe)) {
            if (!step || f.step == *step) {
                findings.push_back(std::move(f));
            }
        }
    }
    for (auto& f : checkTransportFacts(snapshot)) {
        if (!step || f.step == *step) {
            findings.push_back(std::move(f));
        }
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
