#include "EventTimeline.h"

#include "CodeCatalogue.h"
#include "LogsCatalogue.h"

#include "ipsecdoctor/logs/event_classifier.h"

#include <QCoreApplication>

namespace ipsecdoctor::gui {
namespace {

class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(TimelineText)
};

QString firstSentence(const QString& text) {
    const auto dot = text.indexOf(QLatin1String(". "));
    return dot < 0 ? text : text.left(dot + 1);
}

QString meaning(const EventRecord& e, const ClassifiedEvent& c) {
    if (c.code) {
        const QString code = QString::fromStdString(formatCode(*c.code));
        for (const auto* entry : lookupCode(formatCode(*c.code))) {
            if (entry->kind != CodeKind::Event) {
                if (auto t = app::CodeCatalogue::text(*entry)) {
                    return TimelineText::tr("Error %1: %2").arg(code, firstSentence(t->explanation));
                }
            }
        }
        if (!c.failureReason.empty()) {
            return TimelineText::tr("Error %1: %2").arg(code, QString::fromStdString(c.failureReason));
        }
        return TimelineText::tr("Error %1").arg(code);
    }
    if (auto t = app::CodeCatalogue::eventText(e.eventId)) {
        QString text = firstSentence(t->explanation);
        if (!c.failureReason.empty()) {
            text += QLatin1Char(' ') + QString::fromStdString(c.failureReason);
        }
        return text;
    }
    return QString::fromStdString(c.failureReason);
}

} // namespace

std::vector<TimelineRow> buildTimeline(const SystemSnapshot& snapshot, TimelineFilter filter) {
    std::vector<TimelineRow> rows;
    if (!snapshot.logs) {
        return rows;
    }
    const FailureReasonTable reasons(snapshot.logs->failureReasons);
    for (const auto& e : snapshot.logs->events) {
        const auto c = classifyEvent(e, reasons);
        if (!isRelevant(c)) {
            continue;
        }
        TimelineRow row;
        row.severity = eventSeverity(c.category);
        if (filter == TimelineFilter::Problems && row.severity < Severity::Warning) {
            continue;
        }
        row.time = app::LogsCatalogue::time(QString::fromStdString(e.timeCreated));
        const bool security = e.provider == "Microsoft-Windows-Security-Auditing";
        row.source = QStringLiteral("%1 %2")
                         .arg(security ? QStringLiteral("Security") : QString::fromStdString(e.provider))
                         .arg(e.eventId);
        row.text = meaning(e, c);
        row.xml = QString::fromStdString(e.xml);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace ipsecdoctor::gui
