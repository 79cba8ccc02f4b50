#include "ipsecdoctor/collect/log_collector.h"
#include "ipsecdoctor/collect/event_queries.h"
#include "ipsecdoctor/knowledge/audit_subcategories.h"

#include "ipsecdoctor/logs/event_xml.h"
#include "ipsecdoctor/remediation/logs_remediation.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/time_format.h"

#include <algorithm>
#include <ctime>

namespace ipsecdoctor {

void collectLogs(EventLog& eventLog, AuditPolicy* audit, const LogCollectOptions& options,
                 SystemSnapshot& snapshot) {
    LogsInfo logs;
    logs.source = "live";
    if (options.windowSeconds > 0) {
        logs.since = isoFromUnix(static_cast<std::int64_t>(std::time(nullptr)) - options.windowSeconds);
    }
    std::size_t unparsed = 0;
    for (const auto& q : ipsecEventQueries(options.windowSeconds, options.maxEventsPerChannel)) {
        auto xmls = eventLog.query(q);
        if (!xmls) {
            logger()->warn("cannot read the {} log: {} (native {})", q.channel, xmls.error().detail,
                           xmls.error().native);
            snapshot.errors.push_back(CollectionError{
                "logs", q.channel, std::string(errorCodeId(xmls.error().code)), xmls.error().native});
            continue;
        }
        for (auto& xml : *xmls) {
            auto e = parseEventXml(std::move(xml)); // the record keeps the rendered XML
            if (e) {
                logs.events.push_back(std::move(e).value());
            } else {
                ++unparsed;
                logger()->warn("skipping an event of {}: {}", q.channel, e.error().detail);
            }
        }
    }
    std::stable_sort(logs.events.begin(), logs.events.end(),
                     [](const EventRecord& a, const EventRecord& b) { return a.timeUnix > b.timeUnix; });
    logs.failureReasons = eventLog.failureReasonTexts();
    if (audit) {
        logs.auditCollected = true;
        for (const auto& sub : ipsecAuditSubcategories()) {
            auto setting = audit->query(sub.guid);
            if (!setting) {
                logger()->warn("cannot query audit subcategory {}: {}", sub.id, setting.error().detail);
                snapshot.errors.push_back(CollectionError{"audit", std::string(sub.id),
                                                          std::string(errorCodeId(setting.error().code)),
                                                          setting.error().native});
                logs.auditCollected = false;
                logs.audit.clear();
                break;
            }
            logs.audit.push_back({std::string(sub.guid), setting->success, setting->failure});
        }
    }
    logger()->info("collected {} events ({} unreadable), audit policy {}", logs.events.size(), unparsed,
                   logs.auditCollected ? "read" : "not read");
    snapshot.logs = std::move(logs);
}

void collectTracingState(Registry& registry, SystemSnapshot& snapshot) {
    if (!snapshot.logs) {
        return;
    }
    auto& logs = *snapshot.logs;
    logs.tracing.clear();
    for (auto component : rasTracingComponents()) {
        auto value = registry.read(RegistryRoot::LocalMachine, tracingKey(component), kEnableFileTracing);
        if (!value) {
            logger()->warn("cannot read the tracing switch of {}: {}", component, value.error().detail);
            logs.tracing.clear();
            logs.tracingCollected = false;
            return;
        }
        logs.tracing.push_back({std::string(component), tracingValueEnabled(*value)});
    }
    logs.tracingCollected = true;
}

} // namespace ipsecdoctor
