#pragma once
// Text of this PC's transport facts (connectivity.local-port.*, connectivity.wfp.*,
// connectivity.local-facts.*) and the connectivity panel's lines about them, in French and
// English. Catalogue::finding() asks here before the probe's catalogue.

#include "Catalogue.h"

#include "ipsecdoctor/model/transport_facts.h"

#include <QStringList>

#include <optional>

namespace ipsecdoctor::app {

class TransportCatalogue {
    Q_DECLARE_TR_FUNCTIONS(TransportCatalogue)

public:
    /// Text for a transport finding; nullopt for other ids.
    static std::optional<FindingText> finding(const Finding& finding);
    /// "This PC, UDP port 500: Windows' IKE service (svchost.exe)", the same for 4500, then the
    /// network filters of other vendors (when they were listed): one line each.
    static QStringList lines(const TransportFacts& facts);
};

} // namespace ipsecdoctor::app
