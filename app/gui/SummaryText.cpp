#include "SummaryText.h"

#include "Catalogue.h"
#include "Presentation.h"

#include <QStringList>

#include <algorithm>

namespace ipsecdoctor::gui {

QString SummaryText::verdict(const std::vector<Finding>& findings, const Diagnosis* diagnosis) {
    const auto count = [&](Severity atLeast) {
        return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                              [&](const Finding& f) { return f.severity >= atLeast; }));
    };
    if (findings.empty()) {
        return tr("Nothing has been checked yet.");
    }
    const Severity worst = worstSeverity(findings);
    if (diagnosis && !diagnosis->causes.empty()) {
        return tr("%n problem(s) can prevent the VPN from connecting.", "",
                  static_cast<int>(diagnosis->causes.size()));
    }
    if (diagnosis && diagnosis->provider.recommended) {
        return tr("The VPN fails, and nothing on this computer explains it: see the message for your VPN "
                  "provider.");
    }
    if (diagnosis && worst >= Severity::Warning) {
        // Findings, but none explains a failure of this connection.
        return tr("%n point(s) deserve attention, but nothing found so far blocks the VPN.", "",
                  count(Severity::Warning));
    }
    if (worst >= Severity::Error) {
        return tr("%n problem(s) can prevent the VPN from connecting.", "", count(Severity::Error));
    }
    if (worst == Severity::Warning) {
        return tr("%n point(s) deserve attention, but nothing found so far blocks the VPN.", "",
                  count(Severity::Warning));
    }
    return tr("No problem was found in the checks so far.");
}

QString SummaryText::build(const std::optional<SystemSnapshot>& snapshot,
                           const std::vector<Finding>& findings, bool fromBundle,
                           const Diagnosis* diagnosis) {
    QStringList lines;
    lines << tr("IPsec Doctor — summary");
    if (snapshot) {
        const QString host = QString::fromStdString(snapshot->machine.hostname);
        const QString os = QString::fromStdString(snapshot->machine.osName);
        const QString build = QString::fromStdString(snapshot->machine.osBuild);
        const QString when = Presentation::timestamp(QString::fromStdString(snapshot->collectedAt));
        lines << (fromBundle ? tr("Diagnostic bundle from %1 (%2, build %3), collected %4.")
                             : tr("Computer %1 (%2, build %3), checked %4."))
                     .arg(host, os, build, when);
    }
    lines << verdict(findings, diagnosis) << QString();
    for (const Finding& finding : findings) {
        const app::FindingText text = app::Catalogue::finding(finding);
        lines << tr("[%1] %2").arg(app::Catalogue::severity(finding.severity), text.title);
        if (!text.explanation.isEmpty()) {
            lines << QStringLiteral("    ") + text.explanation;
        }
        if (!text.action.isEmpty()) {
            lines << QStringLiteral("    ") + tr("What to do: %1").arg(text.action);
        }
        for (const auto& [key, value] : finding.evidence) {
            const QString qKey = QString::fromStdString(key);
            lines << QStringLiteral("    - ") +
                         tr("%1: %2").arg(app::Catalogue::evidenceKey(qKey),
                                          app::Catalogue::evidenceValue(qKey, QString::fromStdString(value)));
        }
        lines << QString();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ipsecdoctor::gui
