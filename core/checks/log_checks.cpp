// The Logs step. Events of the same kind and code are grouped into one finding with a count and
// the first/last time, so "RasClient 20227 error 13801 three times since 09:12" is one line.
#include "ipsecdoctor/checks/log_checks.h"
#include "collection_errors.h"
#include "ipsecdoctor/knowledge/audit_subcategories.h"

#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/knowledge/finding_ids.h"
#include "ipsecdoctor/logs/event_classifier.h"
#include "ipsecdoctor/platform/audit_policy.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace ipsecdoctor {
namespace {

struct Group {
    Finding finding;
    int count = 0;
    std::int64_t first = 0;
    std::int64_t last = 0;
    std::string firstText;
    std::string lastText;
};

/// The finding of a category, nullptr for events that only show on the timeline.
const FindingKind* findingKindOf(EventCategory c) {
    switch (c) {
    case EventCategory::IkeFailure:
        return &finding::LogsIkeFailure;
    case EventCategory::IkeEstablished:
        return &finding::LogsIkeEstablished;
    case EventCategory::IkeInvalidPacket:
        return &finding::LogsIkeInvalidPacket;
    case EventCategory::IkeextNotRunning:
        return &finding::LogsIkeIkeextNotRunning;
    case EventCategory::DriverDrop:
        return &finding::LogsIpsecDriverDrop;
    case EventCategory::DriverFailure:
        return &finding::LogsIpsecDriverFailure;
    case EventCategory::RasDialFailed:
        return &finding::LogsRasclientError;
    case EventCategory::RasConnected:
        return &finding::LogsRasclientConnected;
    case EventCategory::RemoteAccessError:
        return &finding::LogsRemoteaccessError;
    default:
        return nullptr;
    }
}

void setIfNotEmpty(Finding& f, const char* key, const std::string& value) {
    if (!value.empty()) {
        f.evidence[key] = value;
    }
}

void addEventGroups(const LogsInfo& logs, std::vector<Finding>& out) {
    const FailureReasonTable reasons(logs.failureReasons);
    // Key: finding id, event id, code, failure reason, key module, failure point, connection.
    using Key = std::tuple<std::string, std::uint32_t, std::uint32_t, std::string, std::string, std::string,
                           std::string>;
    std::map<Key, Group> groups;
    std::vector<Key> order;
    for (const auto& e : logs.events) {
        const auto c = classifyEvent(e, reasons);
        const FindingKind* kind = findingKindOf(c.category);
        if (!kind) {
            continue;
        }
        // Grouping by code makes the reason text redundant; keep it only when it is all we have.
        const std::string reasonKey = c.code ? std::string() : c.failureReason;
        Key key{std::string(kind->id), e.eventId,      c.code.value_or(0), reasonKey,
                c.keyModule,           c.failurePoint, c.connection};
        auto [it, inserted] = groups.try_emplace(key);
        Group& g = it->second;
        if (inserted) {
            order.push_back(key);
            g.finding = newFinding(*kind, eventSeverity(c.category), phaseOfStage(c.stage));
            Finding& f = g.finding;
            f.subject = c.code ? formatCode(*c.code) : std::to_string(e.eventId);
            f.evidence["event_id"] = std::to_string(e.eventId);
            f.evidence["provider"] = e.provider;
            f.evidence["stage"] = std::string(codeStageId(c.stage));
            if (c.code) {
                f.evidence["code"] = formatCode(*c.code);
                if (const auto* kb = findErrorCode(*c.code)) {
                    f.evidence["symbol"] = std::string(kb->symbol);
                    for (auto r : remediationsFor(*kb, c.keyModule)) {
                        f.remediations.emplace_back(r);
                    }
                }
            }
            setIfNotEmpty(f, "failure_reason", c.failureReason);
            setIfNotEmpty(f, "key_module", c.keyModule);
            setIfNotEmpty(f, "failure_point", c.failurePoint);
            setIfNotEmpty(f, "state", c.state);
            setIfNotEmpty(f, "auth_method", c.authMethod);
            setIfNotEmpty(f, "role", c.role);
            setIfNotEmpty(f, "remote_address", c.remoteAddress);
            setIfNotEmpty(f, "remote_port", c.remotePort);
            setIfNotEmpty(f, "connection", c.connection);
        }
        ++g.count;
        if (g.count == 1 || e.timeUnix < g.first) {
            g.first = e.timeUnix;
            g.firstText = e.timeCreated;
        }
        if (g.count == 1 || e.timeUnix >= g.last) {
            g.last = e.timeUnix;
            g.lastText = e.timeCreated;
        }
    }
    for (const auto& key : order) {
        Group& g = groups[key];
        g.finding.evidence["count"] = std::to_string(g.count);
        g.finding.evidence["first_seen"] = g.firstText;
        g.finding.evidence["last_seen"] = g.lastText;
        out.push_back(std::move(g.finding));
    }
}

void addAuditFinding(const LogsInfo& logs, std::vector<Finding>& out) {
    if (!logs.auditCollected) {
        if (logs.source == "live") {
            out.push_back(newFinding(finding::LogsAuditNotChecked, Severity::Info));
        }
        return;
    }
    std::string missing;
    for (const auto& sub : ipsecAuditSubcategories()) {
        if (!sub.needed) {
            continue;
        }
        auto it = std::find_if(logs.audit.begin(), logs.audit.end(),
                               [&](const AuditSubcategoryState& s) { return s.guid == sub.guid; });
        if (it == logs.audit.end() || !it->failure) {
            missing += missing.empty() ? std::string(sub.id) : "," + std::string(sub.id);
        }
    }
    if (missing.empty()) {
        out.push_back(newFinding(finding::LogsAuditEnabled, Severity::Ok));
        return;
    }
    Finding f = newFinding(finding::LogsAuditDisabled, Severity::Warning);
    f.evidence["subcategories"] = missing;
    f.remediations.emplace_back(kAuditRemediationId);
    out.push_back(std::move(f));
}

/// RAS file tracing: off is the normal state (Info, with the fix that turns it on for a capture);
/// on is said so the user turns it off again once the trace is in a bundle.
void addTracingFinding(const LogsInfo& logs, std::vector<Finding>& out) {
    if (!logs.tracingCollected || logs.source != "live") {
        return;
    }
    std::string on;
    for (const auto& t : logs.tracing) {
        if (t.enabled) {
            on += on.empty() ? t.component : "," + t.component;
        }
    }
    if (on.empty()) {
        Finding f = newFinding(finding::LogsTracingDisabled, Severity::Info);
        f.remediations.emplace_back(kTracingRemediationId);
        out.push_back(std::move(f));
        return;
    }
    Finding f = newFinding(finding::LogsTracingEnabled, Severity::Info);
    f.evidence["components"] = on;
    out.push_back(std::move(f));
}

} // namespace

std::vector<Finding> checkLogs(const SystemSnapshot& snapshot) {
    std::vector<Finding> out;
    addCollectionErrors(snapshot, "logs", finding::LogsReadFailed, "channel", out);
    if (!snapshot.logs) {
        return out; // a bundle of an older version, or logs not asked for: nothing to say
    }
    const auto& logs = *snapshot.logs;
    const auto before = out.size();
    addEventGroups(logs, out);
    if (out.size() == before) {
        Finding f = newFinding(finding::LogsNone, Severity::Info);
        f.evidence["events_read"] = std::to_string(logs.events.size());
        setIfNotEmpty(f, "since", logs.since);
        out.push_back(std::move(f));
    }
    addAuditFinding(logs, out);
    addTracingFinding(logs, out);
    return out;
}

} // namespace ipsecdoctor
