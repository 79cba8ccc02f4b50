#include "ipsecdoctor/collect/collector.h"

#include "ipsecdoctor/collect/certificate_collector.h"
#include "ipsecdoctor/collect/transport_collector.h"
#include "ipsecdoctor/collect/vpn_collector.h"
#include "ipsecdoctor/knowledge/known_services.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/time_format.h"
#include "ipsecdoctor/util/version.h"

namespace ipsecdoctor {

Expected<SystemSnapshot> collectSnapshot(const CollectContext& context) {
    auto cancelled = [&] {
        return context.cancel && context.cancel->load();
    };
    SystemSnapshot snapshot;
    snapshot.collectedAt = nowIso8601Utc();
    snapshot.machine = context.machine.machineInfo();
    snapshot.machine.appVersion = std::string(appVersion());

    const auto services = knownServices();
    const int total = static_cast<int>(services.size());
    int done = 0;
    for (const auto& known : services) {
        if (cancelled()) {
            logger()->info("collection cancelled after {} of {} services", done, total);
            return Error::make(ErrorCode::Cancelled, "collection cancelled");
        }
        auto info = context.services.query(known.name);
        if (info) {
            snapshot.services.push_back(std::move(info).value());
        } else {
            logger()->warn("cannot query service {}: {} (native {})", known.name, info.error().detail,
                           info.error().native);
            snapshot.errors.push_back(CollectionError{"services", std::string(known.name),
                                                      std::string(errorCodeId(info.error().code)),
                                                      info.error().native});
        }
        ++done;
        if (context.progress) {
            context.progress(done, total);
        }
    }
    if (context.certificates && !cancelled()) {
        snapshot.certificates = collectCertificates(*context.certificates, snapshot.errors);
    }
    if (context.eventLog) {
        collectLogs(*context.eventLog, context.auditPolicy, context.logOptions, snapshot);
        if (context.registry) {
            collectTracingState(*context.registry, snapshot);
        }
    }
    if (context.registry || !context.phonebooks.empty()) {
        snapshot.vpn = collectVpnConfiguration(context.registry, context.phonebooks, snapshot.errors);
    }
    if (context.transport && !cancelled()) {
        snapshot.transport = collectTransportFacts(*context.transport, snapshot.errors);
    }
    logger()->info("collected {} services ({} errors)", snapshot.services.size(), snapshot.errors.size());
    return snapshot;
}

} // namespace ipsecdoctor
