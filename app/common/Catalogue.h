#pragma once
// The app-side knowledge base: turns the core's stable ids (findings, remediations, errors,
// service states) into French or English. The only place such text is written.

#include "ipsecdoctor/knowledge/cause_ids.h"
#include "ipsecdoctor/knowledge/finding_ids.h"
#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/service_info.h"
#include "ipsecdoctor/util/error.h"

#include <QCoreApplication>
#include <QString>

namespace ipsecdoctor::app {

/// Whether a finding's or a cause's id (as the catalogues hold it) is that of a declared kind.
inline bool is(const QString& id, const FindingKind& kind) {
    return id == QLatin1String(kind.id.data(), static_cast<qsizetype>(kind.id.size()));
}
inline bool is(const QString& id, const CauseKind& kind) {
    return id == QLatin1String(kind.id.data(), static_cast<qsizetype>(kind.id.size()));
}

struct FindingText {
    QString title;       // one line: "IPsec Policy Agent is disabled"
    QString explanation; // what it means for the VPN, in plain words
    QString action;      // what to do next (empty when nothing is needed)
    bool known = true;   // false: an id this version has no words for (a newer bundle's)
};

class Catalogue {
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    /// Text for a finding; unknown ids (a newer bundle) get a generic text that shows the id.
    static FindingText finding(const Finding& finding);

    /// Button label of a remediation ("Start", "Set to Automatic"...).
    static QString remediationLabel(const QString& remediationId);
    /// A sentence describing what the remediation will do, for tooltips and confirmations.
    static QString remediationDescription(const QString& remediationId);

    /// Display name of a known service in the current language ("Agent de stratégie IPsec").
    static QString serviceDisplayName(const QString& serviceName);

    static QString severity(Severity s);
    static QString serviceState(ServiceState s);
    static QString startType(StartType t, bool delayed = false);
    static QString errorMessage(const Error& error);
    /// errorMessage for a stable error id as stored in evidence ("error.access-denied").
    static QString errorMessageForId(const QString& errorId);
    static QString evidenceKey(const QString& key);
    /// Human text for an evidence value when the key has an enum-like value; else the value.
    static QString evidenceValue(const QString& key, const QString& value);
};

} // namespace ipsecdoctor::app
