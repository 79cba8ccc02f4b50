#pragma once
// The summary as plain text, for the clipboard (an e-mail to support, a ticket).

#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/system_snapshot.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace ipsecdoctor::gui {

class SummaryText {
    Q_DECLARE_TR_FUNCTIONS(SummaryText)

public:
    /// One sentence on the overall result, from the worst severity and the number of findings.
    static QString verdict(const std::vector<Finding>& findings);
    /// Heading line, the machine and when it was checked, then every finding worst first with its
    /// explanation, what to do and its evidence.
    static QString build(const std::optional<SystemSnapshot>& snapshot, const std::vector<Finding>& findings,
                         bool fromBundle);
};

} // namespace ipsecdoctor::gui
