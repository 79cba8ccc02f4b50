#pragma once
// Text of the Logs step's fixes (audit.ipsec.enable, tracing.ras.enable) and of the recording
// status the Logs page shows: what each fix does, that it needs administrator rights and no
// restart, and what its undo restores.
#include "Catalogue.h"

#include "ipsecdoctor/model/logs_info.h"

namespace ipsecdoctor::app {

class LogsFixCatalogue {
    Q_DECLARE_TR_FUNCTIONS(LogsFixCatalogue)

public:
    static bool handles(const QString& remediationId);
    static QString remediationLabel(const QString& remediationId);
    /// What it changes, that it needs administrator rights and no restart, and what undo does.
    static QString remediationDescription(const QString& remediationId);
    /// Finding text for logs.tracing.*; empty title for another id.
    static FindingText finding(const Finding& finding);
    /// The Logs page's status lines.
    static QString auditStatus(const LogsInfo& logs);
    static QString tracingStatus(const LogsInfo& logs);
};

} // namespace ipsecdoctor::app
