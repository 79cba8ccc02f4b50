#pragma once
// Text of the Logs step's findings ("logs.*"): what the events say, with the knowledge base's
// explanation of their code.
#include "Catalogue.h"

namespace ipsecdoctor::app {

class LogsCatalogue {
    Q_DECLARE_TR_FUNCTIONS(LogsCatalogue)

public:
    /// Text for a "logs.*" finding; unknown ids get the catalogue's generic text.
    static FindingText finding(const Finding& finding);
    /// "ikev2" → "IKEv2", "local" → "this PC", "sent-first-payload" → ...: values of the evidence.
    static QString evidenceValue(const QString& key, const QString& value);
    /// A timestamp of the evidence ("2026-11-27T09:12:00Z") in the user's locale and time zone.
    static QString time(const QString& iso);
};

} // namespace ipsecdoctor::app
