#include "ipsecdoctor/checks/certificate_probe.h"

#include "ipsecdoctor/knowledge/finding_ids.h"

#include "ipsecdoctor/util/hex.h"

namespace ipsecdoctor {

std::optional<std::vector<std::string>> certreqFromProbe(const ProbeResult& result) {
    if (!result.ikev2.answered) {
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (const auto& hash : result.certreqCaSha1) {
        // The probe writes lower-case hex of exactly 20 bytes; anything else is not a SHA-1 and
        // could match nothing.
        auto bytes = hexDecode(hash);
        if (bytes && bytes->size() == 20) {
            out.push_back(hexUpper(*bytes));
        }
    }
    return out;
}

std::vector<Finding> certreqProbeFindings(const ProbeResult& result) {
    if (result.ikev2.answered) {
        return {};
    }
    Finding f = newFinding(finding::CertificateServerCaUnknown, Severity::Info);
    f.subject = result.host;
    f.evidence["server"] = result.host;
    f.evidence["transport"] = result.transport;
    if (!result.transportDetail.empty()) {
        f.evidence["transport_detail"] = result.transportDetail;
    }
    return {f};
}

ike::ProbeOptions certreqProbeOptions(const std::string& host) {
    ike::ProbeOptions o;
    o.host = host;
    o.versions = ike::IkeVersions::V2;
    o.discover = false;
    o.aggressiveMode = false;
    o.deadline = std::chrono::seconds(8);
    o.packetBudget = 8;
    return o;
}

} // namespace ipsecdoctor
