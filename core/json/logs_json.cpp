#include "logs_json.h"

#include "ipsecdoctor/logs/event_xml.h"

namespace ipsecdoctor::json_detail {

using nlohmann::json;

namespace {
constexpr std::size_t kMaxBundleEvents = 20000;
}

json logsToJson(const LogsInfo& logs) {
    json events = json::array();
    for (const auto& e : logs.events) {
        events.push_back(e.xml);
    }
    json audit = json::array();
    for (const auto& a : logs.audit) {
        audit.push_back({{"guid", a.guid}, {"success", a.success}, {"failure", a.failure}});
    }
    json tracing = json::array();
    for (const auto& t : logs.tracing) {
        tracing.push_back({{"component", t.component}, {"enabled", t.enabled}});
    }
    json reasons = json::array();
    for (const auto& [code, text] : logs.failureReasons) {
        reasons.push_back({{"code", code}, {"text", text}});
    }
    return json{{"source", logs.source},
                {"file_name", logs.fileName},
                {"since", logs.since},
                {"events", events},
                {"audit_collected", logs.auditCollected},
                {"audit", audit},
                {"tracing_collected", logs.tracingCollected},
                {"tracing", tracing},
                {"failure_reasons", reasons}};
}

LogsInfo logsFromJson(Reader& r, const json& obj, const std::string& path) {
    LogsInfo logs;
    logs.source = r.string(obj, path, "source", false);
    logs.fileName = r.string(obj, path, "file_name", false);
    logs.since = r.string(obj, path, "since", false);
    if (const auto* arr = r.array(obj, path, "events")) {
        if (arr->size() > kMaxBundleEvents) {
            r.fail(path + ".events", "too many events");
            return logs;
        }
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const auto& v = (*arr)[i];
            const std::string at = path + ".events[" + std::to_string(i) + "]";
            if (!v.is_string()) {
                r.fail(at, "expected the event's XML as a string");
                break;
            }
            auto event = parseEventXml(v.get_ref<const std::string&>());
            if (!event) {
                r.fail(at, event.error().detail);
                break;
            }
            logs.events.push_back(std::move(event).value());
        }
    }
    logs.auditCollected = r.boolean(obj, path, "audit_collected");
    if (const auto* arr = r.array(obj, path, "audit")) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const std::string at = path + ".audit[" + std::to_string(i) + "]";
            AuditSubcategoryState a;
            a.guid = r.string((*arr)[i], at, "guid");
            a.success = r.boolean((*arr)[i], at, "success");
            a.failure = r.boolean((*arr)[i], at, "failure");
            logs.audit.push_back(std::move(a));
        }
    }
    logs.tracingCollected = r.boolean(obj, path, "tracing_collected");
    if (const auto* arr = r.array(obj, path, "tracing")) {
        for (std::size_t i = 0; i < arr->size() && i < 64 && r.ok(); ++i) {
            const std::string at = path + ".tracing[" + std::to_string(i) + "]";
            TracingComponentState t;
            t.component = r.string((*arr)[i], at, "component");
            t.enabled = r.boolean((*arr)[i], at, "enabled");
            logs.tracing.push_back(std::move(t));
        }
    }
    if (const auto* arr = r.array(obj, path, "failure_reasons")) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const std::string at = path + ".failure_reasons[" + std::to_string(i) + "]";
            const auto code =
                static_cast<std::uint32_t>(r.integer((*arr)[i], at, "code", 0, UINT32_MAX, true));
            logs.failureReasons.emplace_back(code, r.string((*arr)[i], at, "text"));
        }
    }
    return logs;
}

} // namespace ipsecdoctor::json_detail
