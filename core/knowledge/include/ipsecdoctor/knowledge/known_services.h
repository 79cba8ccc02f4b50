#pragma once
// The services the Windows IPsec VPN stack depends on, with their Windows 10/11 client
// defaults (docs/ipsec-facts.md §5). The remediation allow-list is built from this table.

#include "ipsecdoctor/knowledge/remediation_id.h"
#include "ipsecdoctor/model/service_info.h"

#include <span>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

struct KnownService {
    std::string_view name;              // SCM key name, as Windows spells it
    StartType windowsDefault;           // start type on a fresh Windows 10/11 client
    bool triggerStart;                  // Manual (Trigger Start): stopped is healthy
    bool mustRun;                       // must be running at all times (BFE)
    std::vector<ServiceAction> actions; // remediations offered for this service
};

/// In start order: BFE, IKEEXT, PolicyAgent, SstpSvc, RasMan.
std::span<const KnownService> knownServices();

/// Case-insensitive lookup; nullptr when the name is not on the list.
const KnownService* findKnownService(std::string_view name);

} // namespace ipsecdoctor
