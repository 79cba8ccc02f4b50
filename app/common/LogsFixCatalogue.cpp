#include "LogsFixCatalogue.h"

#include "ipsecdoctor/platform/audit_policy.h"
#include "ipsecdoctor/remediation/logs_remediation.h"

#include <algorithm>

namespace ipsecdoctor::app {

bool LogsFixCatalogue::handles(const QString& remediationId) {
    return isLogsRemediationId(remediationId.toStdString());
}

QString LogsFixCatalogue::remediationLabel(const QString& remediationId) {
    if (remediationId == QLatin1String(fix::kAuditIpsecEnable.data())) {
        return tr("Turn on IPsec auditing");
    }
    if (remediationId == QLatin1String(fix::kRasTracingEnable.data())) {
        return tr("Turn on RAS tracing");
    }
    return {};
}

QString LogsFixCatalogue::remediationDescription(const QString& remediationId) {
    if (remediationId == QLatin1String(fix::kAuditIpsecEnable.data())) {
        return tr("Windows will record the successes and failures of IPsec Main Mode, Quick Mode, Extended "
                  "Mode and Driver in the Security log, so the next failed connection shows at which phase "
                  "it fails. Needs administrator rights; no restart. Undo puts back exactly the previous "
                  "audit settings.");
    }
    if (remediationId == QLatin1String(fix::kRasTracingEnable.data())) {
        return tr("The RAS components (RASMAN, RASAPI32, RASPPP, RASTLS, RASCHAP, RASTAPI) will write trace "
                  "files to %windir%\\tracing; a diagnostic bundle includes them, without passwords or "
                  "pre-shared keys. Needs administrator rights; no restart. Turn it off again with Undo once "
                  "the trace is exported: it restores the previous switches.");
    }
    return {};
}

FindingText LogsFixCatalogue::finding(const Finding& f) {
    const QString id = QString::fromStdString(f.id);
    if (is(id, finding::LogsTracingDisabled)) {
        return {tr("RAS tracing is off"),
                tr("This is the normal state. When the logs do not explain a failure, the RAS trace files "
                   "show each step of the connection attempt in detail."),
                tr("Turn on RAS tracing, connect once, then export a diagnostic bundle for support staff.")};
    }
    if (is(id, finding::LogsTracingEnabled)) {
        const auto it = f.evidence.find("components");
        return {tr("RAS tracing is on"),
                tr("These components write trace files: %1. A diagnostic bundle includes them.")
                    .arg(it == f.evidence.end() ? QString() : QString::fromStdString(it->second)),
                tr("Once the trace is exported, turn tracing off again (Undo): it slows RAS a little and the "
                   "files keep growing.")};
    }
    return {};
}

QString LogsFixCatalogue::auditStatus(const LogsInfo& logs) {
    if (!logs.auditCollected) {
        return tr("IPsec auditing: not checked (needs administrator rights).");
    }
    const bool all =
        !logs.audit.empty() && std::all_of(logs.audit.begin(), logs.audit.end(),
                                           [](const AuditSubcategoryState& s) { return s.failure; });
    return all ? tr("IPsec auditing: on.") : tr("IPsec auditing: off for some IPsec subcategories.");
}

QString LogsFixCatalogue::tracingStatus(const LogsInfo& logs) {
    if (!logs.tracingCollected) {
        return tr("RAS tracing: not checked.");
    }
    const auto on = std::count_if(logs.tracing.begin(), logs.tracing.end(),
                                  [](const TracingComponentState& t) { return t.enabled; });
    return on == 0 ? tr("RAS tracing: off.")
                   : tr("RAS tracing: on for %1 of %2 components.").arg(on).arg(logs.tracing.size());
}

} // namespace ipsecdoctor::app
