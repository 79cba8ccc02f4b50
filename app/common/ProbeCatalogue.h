#pragma once
// Text of the IKE probe's findings (connectivity.*, proposal.*): what each means for the VPN and
// what to do, in French and English. Catalogue::finding() asks here first.

#include "Catalogue.h"

#include "ipsecdoctor/model/probe_result.h"

#include <optional>
#include <string>

namespace ipsecdoctor::app {

class ProbeCatalogue {
    Q_DECLARE_TR_FUNCTIONS(ProbeCatalogue)

public:
    /// Text for a probe finding; nullopt for ids that are not the probe's.
    static std::optional<FindingText> finding(const Finding& finding);
    /// "port closed" for the probe's ICMP ids ("port-unreachable", …).
    static QString icmp(const QString& kind);
    /// "IKEv2" or "L2TP/IPsec" for the probe's tunnel ids.
    static QString tunnel(const std::string& tunnel);
    /// "L2TP/IPsec: Windows' proposals accepted (3des-sha1-modp1024)": the verdict for one tunnel
    /// type judged (model/probe_result.h's probeVerdict), one line.
    static QString verdict(const ProbeResult& result, const std::string& tunnel);
    /// "delivered", "dropped on the way" or "not tested" for a large_packets state.
    static QString largePacketState(const std::string& state);
};

} // namespace ipsecdoctor::app
