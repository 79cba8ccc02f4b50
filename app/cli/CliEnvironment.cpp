#include "CliEnvironment.h"

namespace ipsecdoctor::app {

Expected<LivePlatform> elevatedPlatform(CliEnvironment& env, std::string_view change) {
    auto platform = env.makePlatform();
    if (platform && !platform->elevation->isElevated()) {
        return Error::make(ErrorCode::AccessDenied,
                           std::string(change) + " needs administrator rights: run from an elevated prompt");
    }
    return platform;
}

CollectContext collectContextFor(const CliOptions& o, LivePlatform& platform, CliEnvironment& env) {
    CollectContext context{*platform.services, *platform.machine};
    context.registry = platform.registry.get(); // VPN profiles and registry facts
    context.phonebooks = env.phonebooks();
    if (!o.step || *o.step == Step::Certificates) {
        context.certificates = platform.certificates.get();
    }
    if (!o.step || *o.step == Step::Proposals) {
        context.transport = platform.transport.get(); // who holds the IKE ports, WFP filters
    }
    if (!o.step || *o.step == Step::Logs) {
        context.eventLog = platform.eventLog.get();
        context.auditPolicy = platform.auditPolicy.get();
        context.logOptions.windowSeconds = o.sinceSeconds;
    }
    return context;
}

} // namespace ipsecdoctor::app
