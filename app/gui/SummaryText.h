#pragma once
// The summary as plain text, for the clipboard (an e-mail to support, a ticket).

#include "ipsecdoctor/diagnosis/diagnosis.h"
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
    /// One sentence on the overall result. With a diagnosis, the problems are its root causes (a
    /// consequence or a configuration fact is not a second problem); without, the findings.
    static QString verdict(const std::vector<Finding>& findings, const Diagnosis* diagnosis = nullptr);
    /// Heading line, the machine and when it was checked, then every finding worst first with its
    /// explanation, what to do and its evidence.
    static QString build(const std::optional<SystemSnapshot>& snapshot, const std::vector<Finding>& findings,
                         bool fromBundle, const Diagnosis* diagnosis = nullptr);
};

} // namespace ipsecdoctor::gui
