#pragma once
// What the Logs step asks the event log for (the ids of knowledge/event_table.cpp).

#include "ipsecdoctor/platform/event_log.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ipsecdoctor {

/// The Logs step's queries: IPsec audit events in Security, RasClient in Application,
/// RemoteAccess in System; only events of the last `windowSeconds` (0 = all).
std::vector<EventQuery> ipsecEventQueries(std::int64_t windowSeconds, std::size_t maxEventsPerChannel);

} // namespace ipsecdoctor
