#pragma once
// The one place that chooses the platform backends for the machine we run on.

#include "ipsecdoctor/platform/audit_policy.h"
#include "ipsecdoctor/platform/certificate_store.h"
#include "ipsecdoctor/platform/elevation.h"
#include "ipsecdoctor/platform/event_log.h"
#include "ipsecdoctor/platform/machine_info_source.h"
#include "ipsecdoctor/platform/registry.h"
#include "ipsecdoctor/platform/service_control.h"
#include "ipsecdoctor/platform/transport_facts_source.h"
#include "ipsecdoctor/util/expected.h"

#include <memory>

namespace ipsecdoctor {

struct LivePlatform {
    std::unique_ptr<ServiceControl> services;
    std::unique_ptr<Elevation> elevation;
    std::unique_ptr<MachineInfoSource> machine;
    std::unique_ptr<CertificateStore> certificates;  // may be null (then not collected)
    std::unique_ptr<EventLog> eventLog;              // null where the platform has no event log
    std::unique_ptr<AuditPolicy> auditPolicy;        // null where the platform has no audit policy
    std::unique_ptr<Registry> registry;              // null where there is none
    std::unique_ptr<TransportFactsSource> transport; // null where there is none
};

/// The Win32 backends on Windows; Error{NotSupported} elsewhere (live checks need Windows,
/// everything else works on a bundle).
Expected<LivePlatform> makeLivePlatform();

} // namespace ipsecdoctor
