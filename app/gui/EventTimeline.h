#pragma once
// The rows of the Logs page's timeline: each relevant event of the snapshot as one plain-language
// line (the knowledge base's meaning of its code or event id), newest first.
#include "ipsecdoctor/model/severity.h"
#include "ipsecdoctor/model/system_snapshot.h"

#include <QString>

#include <vector>

namespace ipsecdoctor::gui {

struct TimelineRow {
    QString time;   // localized
    QString source; // "RasClient 20227", "Security 4653"
    QString text;   // what it means
    Severity severity = Severity::Info;
    QString xml; // the raw event
};

enum class TimelineFilter { Problems, All };

std::vector<TimelineRow> buildTimeline(const SystemSnapshot& snapshot, TimelineFilter filter);

} // namespace ipsecdoctor::gui
