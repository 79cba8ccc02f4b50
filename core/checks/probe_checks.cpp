// What a probe result means for the VPN. Silence after answers is throttling, not a closed port;
// an ICMP error is a closed port or host, not a firewall that drops (docs/ipsec-facts.md §7.4).
#include "ipsecdoctor/checks/probe_checks.h"

#include "ipsecdoctor/knowledge/finding_ids.h"

#include <algorithm>
#include <cmath>

namespace ipsecdoctor {
namespace {

Finding make(const FindingKind& kind, Severity severity, const ProbeResult& p) {
    Finding f = newFinding(kind, severity);
    f.subject = p.host;
    f.evidence["server"] = p.host;
    f.evidence["address"] = p.address;
    f.evidence["port"] = std::to_string(p.port);
    return f;
}

std::string join(const std::vector<ProbeProposal>& list) {
    std::string out;
    for (const auto& p : list) {
        out += (out.empty() ? "" : ",") + p.notation;
    }
    return out;
}

std::string formatMs(double ms) {
    return std::to_string(std::llround(ms));
}

void addRecommendation(Finding& f, const ProbeResult& p) {
    if (p.recommendation) {
        f.evidence["recommended_proposal"] = p.recommendation->proposal;
        f.evidence["recommended_powershell"] = p.recommendation->powerShell;
    }
}

/// Algorithms that are broken or below 112-bit strength (NIST SP 800-57): DES, 3DES, MD5,
/// MODP768/1024.
bool weak(const std::string& notation) {
    std::size_t start = 0;
    while (start <= notation.size()) {
        const auto end = std::min(notation.find('-', start), notation.size());
        const auto word = notation.substr(start, end - start);
        if (word == "des" || word == "3des" || word == "md5" || word == "prfmd5" || word == "modp768" ||
            word == "modp1024") {
            return true;
        }
        start = end + 1;
    }
    return false;
}

void connectivity(const ProbeResult& p, std::vector<Finding>& out) {
    if (p.transport == "dns-failed") {
        auto f = make(finding::ConnectivityDnsFailed, Severity::Error, p);
        f.evidence["detail"] = p.transportDetail;
        out.push_back(f);
        return;
    }
    if (p.transport == "timeout") {
        auto f = make(finding::ConnectivityUdp500Timeout, Severity::Error, p);
        f.evidence["packets_sent"] = std::to_string(p.packetsSent);
        f.evidence["elapsed_ms"] = formatMs(p.elapsedMs);
        out.push_back(f);
        return;
    }
    if (p.transport == "unreachable") {
        auto f = make(finding::ConnectivityUdp500Unreachable, Severity::Error, p);
        f.evidence["icmp"] = p.transportDetail;
        out.push_back(f);
        return;
    }
    if (!p.reachable) {
        return; // "error", "cancelled", "not-run": no conclusion about the path
    }
    if (p.transport == "throttled") {
        auto f = make(finding::ConnectivityUdp500Throttled, Severity::Warning, p);
        f.evidence["cookie_requested"] = p.ikev2.cookieRequested ? "true" : "false";
        f.evidence["packets_sent"] = std::to_string(p.packetsSent);
        f.evidence["packets_received"] = std::to_string(p.packetsReceived);
        out.push_back(f);
    }
    auto ok = make(finding::ConnectivityUdp500Reachable, Severity::Ok, p);
    if (p.rttMs) {
        ok.evidence["rtt_ms"] = formatMs(*p.rttMs);
    }
    ok.evidence["attempts"] = std::to_string(p.attempts);
    ok.evidence["server_fingerprint"] = p.serverFingerprint;
    out.push_back(ok);
    if (p.natt && (p.natt->transport == "timeout" || p.natt->transport == "unreachable")) {
        // IKE starts on 500 and moves to 4500 once NAT is seen: with NAT on the path now, the
        // connection fails (809); without, it fails on the first hotel or mobile network.
        const bool nat = p.natDetected == true;
        auto f = make(finding::ConnectivityUdp4500Blocked, nat ? Severity::Error : Severity::Warning, p);
        f.evidence["udp4500"] = p.natt->transport;
        if (!p.natt->transportDetail.empty()) {
            f.evidence["icmp"] = p.natt->transportDetail;
        }
        f.evidence["nat_detected"] = nat ? "true" : "false";
        out.push_back(f);
    } else if (p.natt && p.natt->transport == "reachable") {
        auto f = make(finding::ConnectivityUdp4500Reachable, Severity::Ok, p);
        if (p.natt->rttMs) {
            f.evidence["rtt_ms"] = formatMs(*p.natt->rttMs);
        }
        out.push_back(f);
    }
    if (p.natDetected == true) {
        auto f = make(finding::ConnectivityNatDetected, Severity::Info, p);
        f.evidence["local_behind_nat"] = p.localBehindNat ? "true" : "false";
        f.evidence["server_behind_nat"] = p.serverBehindNat ? "true" : "false";
        out.push_back(f);
    } else if (p.natDetected == false) {
        // Both NAT-D hashes matched: from here, IKE stays on UDP 500 (nothing to float to 4500).
        out.push_back(make(finding::ConnectivityNatNone, Severity::Ok, p));
    }
}

void ikev2(const ProbeResult& p, std::vector<Finding>& out) {
    const auto& v2 = p.ikev2;
    if (!v2.probed || !v2.answered || !v2.windowsDefaultAccepted) {
        return;
    }
    if (*v2.windowsDefaultAccepted) {
        auto f = make(finding::ProposalIkev2Accepted, Severity::Ok, p);
        f.evidence["windows_set"] = v2.windowsSet;
        f.evidence["chosen"] = v2.windowsDefaultChosen ? v2.windowsDefaultChosen->notation : "";
        f.evidence["accepted"] = join(v2.accepted);
        out.push_back(f);
        return;
    }
    if (v2.accepted.empty() && v2.discoveryComplete) {
        if (!p.ikev1.mainModeAccepted.empty() && !v2.keGroupRequested) {
            return; // IKEv1 works: proposal.version.ikev1-only (versions())
        }
        auto f = make(finding::ProposalIkev2NoCommonProposal, Severity::Critical, p);
        f.evidence["windows_set"] = v2.windowsSet;
        out.push_back(f);
        return;
    }
    // The server took a proposal with another group than any Windows offers in this set.
    if (v2.keGroupRequested) {
        auto f = make(finding::ProposalIkev2DhGroupMismatch, Severity::Error, p);
        f.evidence["ke_group_requested"] = std::to_string(*v2.keGroupRequested);
        f.evidence["windows_set"] = v2.windowsSet;
        addRecommendation(f, p);
        out.push_back(f);
        return;
    }
    auto f = make(finding::ProposalIkev2WindowsDefaultRejected, Severity::Error, p);
    f.evidence["windows_set"] = v2.windowsSet;
    f.evidence["accepted"] = join(v2.accepted);
    f.evidence["discovery_complete"] = v2.discoveryComplete ? "true" : "false";
    addRecommendation(f, p);
    out.push_back(f);
}

void ikev1(const ProbeResult& p, std::vector<Finding>& out) {
    const auto& v1 = p.ikev1;
    if (!v1.probed) {
        return;
    }
    const bool mainAccepted = !v1.mainModeAccepted.empty();
    if (v1.aggressiveMode == "answered") {
        auto f = make(mainAccepted ? finding::ProposalIkev1AggressiveModeAnswered
                                   : finding::ProposalIkev1AggressiveOnly,
                      mainAccepted ? Severity::Warning : Severity::Error, p);
        out.push_back(f);
    }
    // An IKEv2 server refusing IKEv1 is proposal.version.ikev2-only, not a failure.
    const bool ikev2Works = p.ikev2.answered && !p.ikev2.accepted.empty();
    if (v1.mainModeAnswered == true && !mainAccepted && v1.discoveryComplete && !ikev2Works) {
        auto f = make(finding::ProposalIkev1NoCommonProposal, Severity::Error, p);
        f.evidence["notifies"] = "";
        for (const auto& n : v1.notifies) {
            f.evidence["notifies"] += (f.evidence["notifies"].empty() ? "" : ",") + n;
        }
        out.push_back(f);
    }
}

void versions(const ProbeResult& p, std::vector<Finding>& out) {
    if (!p.ikev1.probed || !p.ikev2.probed || p.transport == "throttled") {
        return;
    }
    const bool v2Works = p.ikev2.answered && !p.ikev2.accepted.empty();
    const bool v1Works = !p.ikev1.mainModeAccepted.empty();
    // Answering IKEv2 only to refuse every proposal Windows can make is IKEv1-only for Windows.
    const bool v2RefusesAll = p.ikev2.answered && p.ikev2.accepted.empty() && p.ikev2.discoveryComplete &&
                              p.ikev2.windowsDefaultAccepted != true && !p.ikev2.keGroupRequested;
    if (v1Works && !v2Works && (!p.ikev2.answered || v2RefusesAll)) {
        out.push_back(make(finding::ProposalVersionIkev1Only, Severity::Warning, p));
    } else if (v2Works && !v1Works && p.ikev1.mainModeAnswered == true && p.ikev1.discoveryComplete) {
        out.push_back(make(finding::ProposalVersionIkev2Only, Severity::Info, p));
    }
}

void weakCrypto(const ProbeResult& p, std::vector<Finding>& out) {
    std::string used;
    if (p.ikev2.windowsDefaultChosen && weak(p.ikev2.windowsDefaultChosen->notation)) {
        used = p.ikev2.windowsDefaultChosen->notation;
    } else if (p.ikev2.accepted.empty() && !p.ikev1.mainModeAccepted.empty() &&
               weak(p.ikev1.mainModeAccepted.front().notation)) {
        used = p.ikev1.mainModeAccepted.front().notation;
    }
    if (used.empty()) {
        return;
    }
    auto f = make(finding::ProposalWeakCrypto, Severity::Warning, p);
    f.evidence["negotiated"] = used;
    addRecommendation(f, p);
    out.push_back(f);
}

} // namespace

std::vector<Finding> checkProbe(const ProbeResult& probe) {
    std::vector<Finding> out;
    connectivity(probe, out);
    ikev2(probe, out);
    ikev1(probe, out);
    versions(probe, out);
    weakCrypto(probe, out);
    return out;
}

} // namespace ipsecdoctor
