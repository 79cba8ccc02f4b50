#pragma once
// Text of the IKE probe's findings (connectivity.*, proposal.*): what each means for the VPN and
// what to do, in French and English. Catalogue::finding() asks here first.

#include "Catalogue.h"

#include <optional>

namespace ipsecdoctor::app {

class ProbeCatalogue {
    Q_DECLARE_TR_FUNCTIONS(ProbeCatalogue)

public:
    /// Text for a probe finding; nullopt for ids that are not the probe's.
    static std::optional<FindingText> finding(const Finding& finding);
    /// "port closed" for the probe's ICMP ids ("port-unreachable", …).
    static QString icmp(const QString& kind);
};

} // namespace ipsecdoctor::app
