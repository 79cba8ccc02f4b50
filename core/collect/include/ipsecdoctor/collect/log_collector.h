#pragma once
// Collection of the Logs step: the events of the IPsec/VPN queries and the IPsec audit policy.
// A channel or subcategory that cannot be read is recorded in snapshot.errors (area "logs").
#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/platform/audit_policy.h"
#include "ipsecdoctor/platform/event_log.h"
#include "ipsecdoctor/platform/registry.h"

namespace ipsecdoctor {

struct LogCollectOptions {
    std::int64_t windowSeconds = 7 * 86400; // --since; 0 = everything
    std::size_t maxEventsPerChannel = 500;
};

/// Fills snapshot.logs (source "live") and adds collection errors; never fails as a whole.
void collectLogs(EventLog& eventLog, AuditPolicy* audit, const LogCollectOptions& options,
                 SystemSnapshot& snapshot);

/// Adds to snapshot.logs (when collected) whether RAS file tracing is on, per component of
/// rasTracingComponents(). A value that cannot be read leaves tracingCollected false.
void collectTracingState(Registry& registry, SystemSnapshot& snapshot);

} // namespace ipsecdoctor
