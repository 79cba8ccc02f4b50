#include "ipsecdoctor/platform/live_platform.h"

#include "win32_audit_policy.h"
#include "win32_certificate_store.h"
#include "win32_elevation.h"
#include "win32_event_log.h"
#include "win32_machine_info.h"
#include "win32_registry.h"
#include "win32_service_control.h"
#include "win32_transport_facts.h"

namespace ipsecdoctor {

Expected<LivePlatform> makeLivePlatform() {
    LivePlatform platform;
    platform.services = std::make_unique<win::Win32ServiceControl>();
    platform.elevation = std::make_unique<win::Win32Elevation>();
    // The machine-info source keeps a reference to the elevation object: both live in the same
    // LivePlatform, and unique_ptr keeps its address stable when LivePlatform moves.
    platform.machine = std::make_unique<win::Win32MachineInfo>(*platform.elevation);
    platform.certificates = std::make_unique<win::Win32CertificateStore>();
    platform.eventLog = std::make_unique<win::Win32EventLog>();
    platform.auditPolicy = std::make_unique<win::Win32AuditPolicy>();
    platform.registry = std::make_unique<win::Win32Registry>();
    platform.transport = std::make_unique<win::Win32TransportFacts>();
    return platform;
}

} // namespace ipsecdoctor
