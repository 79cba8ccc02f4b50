#pragma once
// The Logs step: events and audit policy turned into findings (ids "logs.*"), each carrying
// the error code, stage, count and first/last time as evidence. Pure, like every check.
#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/system_snapshot.h"

#include <vector>

namespace ipsecdoctor {

/// The remediation that turns on success+failure auditing of the IPsec subcategories.
inline constexpr std::string_view kAuditRemediationId = "audit.ipsec.enable";
/// The remediation that turns on RAS file tracing (remediation/logs_remediation.h).
inline constexpr std::string_view kTracingRemediationId = "tracing.ras.enable";

std::vector<Finding> checkLogs(const SystemSnapshot& snapshot);

} // namespace ipsecdoctor
