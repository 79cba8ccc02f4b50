#pragma once
// Checks are pure functions of a snapshot: no OS calls, same result live or on a bundle.

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/step.h"
#include "ipsecdoctor/model/system_snapshot.h"

#include <optional>
#include <vector>

namespace ipsecdoctor {

/// One status finding per known service, plus dependency and collection-error findings.
std::vector<Finding> checkServices(const SystemSnapshot& snapshot);

/// All checks, or those of one step; findings sorted worst first, then in check order.
/// `certificates`: what the certificate checks need to know about the connection.
std::vector<Finding> runChecks(const SystemSnapshot& snapshot, std::optional<Step> step = std::nullopt,
                               const CertificateCheckInput& certificates = {});

} // namespace ipsecdoctor
