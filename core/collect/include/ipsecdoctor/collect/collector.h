#pragma once
// Collection: ask the platform backends and fill a SystemSnapshot. Failures of one item are
// recorded in snapshot.errors; the collection goes on.

#include "ipsecdoctor/collect/log_collector.h"
#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/platform/certificate_store.h"
#include "ipsecdoctor/platform/machine_info_source.h"
#include "ipsecdoctor/platform/phonebook_locations.h"
#include "ipsecdoctor/platform/registry.h"
#include "ipsecdoctor/platform/service_control.h"
#include "ipsecdoctor/platform/transport_facts_source.h"
#include "ipsecdoctor/util/expected.h"

#include <atomic>
#include <functional>

namespace ipsecdoctor {

struct CollectContext {
    ServiceControl& services;
    MachineInfoSource& machine;
    const std::atomic<bool>* cancel = nullptr;           // checked between items
    std::function<void(int done, int total)> progress{}; // called after each item
    CertificateStore* certificates = nullptr;            // null: certificates not collected
    EventLog* eventLog = nullptr;                        // Logs step: collected when set
    AuditPolicy* auditPolicy = nullptr;
    LogCollectOptions logOptions{};
    Registry* registry = nullptr;                // with it: snapshot.vpn (profiles + registry facts)
    std::vector<PhonebookLocation> phonebooks{}; // the phonebooks to read into snapshot.vpn
    TransportFactsSource* transport = nullptr;   // with it: snapshot.transport (IKE ports, WFP)
};

/// Error{Cancelled} when `cancel` became true; otherwise a snapshot (possibly with errors).
Expected<SystemSnapshot> collectSnapshot(const CollectContext& context);

} // namespace ipsecdoctor
