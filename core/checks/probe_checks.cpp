// What a probe result means for the VPN. Silence after answers is throttling, not a closed port;
// an ICMP error is a closed port or host, not a firewall that drops (docs/ipsec-facts.md §7.4).
#include "ipsecdoctor/checks/probe_checks.h"

#include "ipsecdoctor/knowledge/finding_ids.h"
#include "ipsecdoctor/proposals/proposal_matching.h"

#include <algorithm>
#include <charconv>
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

void addRecommendation(Finding& f, const ProbeResult& p, std::string_view tunnel) {
    if (const auto* r = p.recommendationFor(tunnel)) {
        f.evidence["recommended_proposal"] = r->proposal;
        f.evidence["recommended_powershell"] = r->powerShell;
    }
}

/// The tunnel types judged: the connection's when it has one, else those the probe run judged.
std::vector<std::string> judged(const ProbeResult& p, const ProbeJudgement& j) {
    if (j.tunnel == TunnelType::Ikev2 || j.tunnel == TunnelType::L2tp) {
        return {std::string(tunnelTypeId(*j.tunnel))};
    }
    return p.tunnels;
}

/// IP fragments dropped on the way: IKE_AUTH with certificates never arrives. An error when this
/// connection signs in with a certificate, unless IKEv2 fragmentation (RFC 7383: this Windows,
/// 10 1803 and later unless the profile turns it off, and this server) splits IKE_AUTH into
/// datagrams that need no IP fragmentation; a warning otherwise (the server's own certificate,
/// EAP-TLS inside EAP, travel the same way).
void largePackets(const ProbeResult& p, const std::vector<std::string>& tunnels, const ProbeJudgement& j,
                  std::vector<Finding>& out) {
    const auto& lp = p.largePackets;
    if (lp.udp500 != "dropped" && lp.udp4500 != "dropped") {
        return;
    }
    const auto auth = j.auth != VpnAuthMethod::Unknown
                          ? j.auth
                          : vpnAuthMethodFromId(p.signIn).value_or(VpnAuthMethod::Unknown);
    const bool certificates = auth == VpnAuthMethod::MachineCertificate || auth == VpnAuthMethod::EapTls;
    const bool ikev2Only = tunnels.size() == 1 && tunnels.front() == "ikev2";
    const auto windows = j.windowsFragmentation;
    const bool windowsSplits =
        windows == WindowsIkev2Fragmentation::Supported || windows == WindowsIkev2Fragmentation::Unknown;
    const bool fragmentation = ikev2Only && p.ikev2.fragmentationSupported && windowsSplits;
    auto f = make(finding::ConnectivityLargePacketsDropped,
                  certificates && !fragmentation ? Severity::Error : Severity::Warning, p);
    f.evidence["udp500"] = lp.udp500;
    f.evidence["udp4500"] = lp.udp4500;
    f.evidence["bytes"] = std::to_string(lp.bytes);
    f.evidence["sign_in"] = std::string(vpnAuthMethodId(auth));
    f.evidence["server_ikev2_fragmentation"] = p.ikev2.fragmentationSupported ? "true" : "false";
    f.evidence["windows_ikev2_fragmentation"] = std::string(windowsIkev2FragmentationId(windows));
    f.evidence["ikev2_fragmentation_applies"] = fragmentation ? "true" : "false";
    out.push_back(f);
}

bool contains(const std::vector<std::string>& list, std::string_view s) {
    return std::find(list.begin(), list.end(), s) != list.end();
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

/// Nothing Windows can send works for any tunnel type judged: critical, for each one refused.
bool nothingUsable(const ProbeResult& p, const std::vector<std::string>& tunnels) {
    return std::none_of(tunnels.begin(), tunnels.end(),
                        [&](const std::string& t) { return usable(probeVerdict(p, t)); });
}

void ikev2(const ProbeResult& p, const std::vector<std::string>& tunnels, std::vector<Finding>& out) {
    const auto& v2 = p.ikev2;
    auto make2 = [&](const FindingKind& kind, Severity severity) {
        auto f = make(kind, severity, p);
        f.evidence["tunnel"] = "ikev2";
        f.evidence["windows_set"] = v2.windowsSet;
        return f;
    };
    switch (probeVerdict(p, "ikev2")) {
    case ProbeVerdict::Accepted: {
        auto f = make2(finding::ProposalIkev2Accepted, Severity::Ok);
        f.evidence["chosen"] = v2.windowsDefaultChosen ? v2.windowsDefaultChosen->notation : "";
        f.evidence["accepted"] = join(v2.accepted);
        out.push_back(f);
        return;
    }
    case ProbeVerdict::OthersAccepted: {
        // INVALID_KE: the server took a proposal with a group this set does not share first.
        auto f = v2.keGroupRequested ? make2(finding::ProposalIkev2DhGroupMismatch, Severity::Error)
                                     : make2(finding::ProposalIkev2WindowsDefaultRejected, Severity::Error);
        if (v2.keGroupRequested) {
            f.evidence["ke_group_requested"] = std::to_string(*v2.keGroupRequested);
        }
        f.evidence["accepted"] = join(v2.accepted);
        f.evidence["discovery_complete"] = v2.discoveryComplete ? "true" : "false";
        addRecommendation(f, p, "ikev2");
        out.push_back(f);
        return;
    }
    case ProbeVerdict::RefusedIncomplete: {
        auto f = make2(finding::ProposalIkev2WindowsDefaultRejected, Severity::Error);
        f.evidence["accepted"] = "";
        f.evidence["discovery_complete"] = "false";
        out.push_back(f);
        return;
    }
    case ProbeVerdict::Refused:
        // A server whose IKEv1 works refuses IKEv2 as a whole: proposal.version.* says so, and
        // "no common proposal" would be its consequence (versions()).
        if (nothingUsable(p, tunnels) && !usable(probeVerdict(p, "l2tp"))) {
            out.push_back(make2(finding::ProposalIkev2NoCommonProposal, Severity::Critical));
        }
        return;
    case ProbeVerdict::NoAnswer:
    case ProbeVerdict::NotAsked:
        return; // connectivity() says why
    }
}

void ikev1(const ProbeResult& p, const std::vector<std::string>& tunnels, std::vector<Finding>& out) {
    const auto& v1 = p.ikev1;
    if (!v1.probed) {
        return;
    }
    auto make1 = [&](const FindingKind& kind, Severity severity) {
        auto f = make(kind, severity, p);
        f.evidence["tunnel"] = "l2tp";
        return f;
    };
    const auto verdict = probeVerdict(p, "l2tp");
    if (v1.aggressiveMode == "answered") {
        // A risk for every pre-shared key on that server, whatever this PC uses: always said.
        out.push_back(usable(verdict) ? make1(finding::ProposalIkev1AggressiveModeAnswered, Severity::Warning)
                                      : make1(finding::ProposalIkev1AggressiveOnly, Severity::Error));
    }
    switch (verdict) {
    case ProbeVerdict::Accepted: {
        auto f = make1(finding::ProposalIkev1Accepted, Severity::Ok);
        f.evidence["chosen"] = v1.windowsDefaultChosen ? v1.windowsDefaultChosen->notation : "";
        f.evidence["accepted"] = join(v1.mainModeAccepted);
        out.push_back(f);
        return;
    }
    case ProbeVerdict::OthersAccepted:
    case ProbeVerdict::RefusedIncomplete: {
        auto f = make1(finding::ProposalIkev1WindowsDefaultRejected, Severity::Error);
        f.evidence["accepted"] = join(v1.mainModeAccepted);
        f.evidence["discovery_complete"] = v1.discoveryComplete ? "true" : "false";
        addRecommendation(f, p, "l2tp");
        out.push_back(f);
        return;
    }
    case ProbeVerdict::Refused:
        if (nothingUsable(p, tunnels) && v1.aggressiveMode != "answered" &&
            !usable(probeVerdict(p, "ikev2"))) {
            auto f = make1(finding::ProposalIkev1NoCommonProposal, Severity::Critical);
            f.evidence["notifies"] = "";
            for (const auto& n : v1.notifies) {
                f.evidence["notifies"] += (f.evidence["notifies"].empty() ? "" : ",") + n;
            }
            out.push_back(f);
        }
        return;
    case ProbeVerdict::NoAnswer:
    case ProbeVerdict::NotAsked:
        return;
    }
}

/// One IKE version works and the other does not: which tunnel types Windows can use. The cause
/// itself (an error) when no tunnel type judged works, as for an IKEv2 profile and an IKEv1-only
/// server; otherwise advice about the other tunnel type.
void versions(const ProbeResult& p, const std::vector<std::string>& tunnels, std::vector<Finding>& out) {
    if (!p.ikev1.probed || !p.ikev2.probed || p.transport == "throttled") {
        return;
    }
    const auto v2 = probeVerdict(p, "ikev2");
    const auto v1 = probeVerdict(p, "l2tp");
    const Severity blocking = nothingUsable(p, tunnels) ? Severity::Error : Severity::Warning;
    if (usable(v1) && (v2 == ProbeVerdict::Refused || v2 == ProbeVerdict::NoAnswer)) {
        out.push_back(make(finding::ProposalVersionIkev1Only, blocking, p));
    } else if (usable(v2) && v1 == ProbeVerdict::Refused) {
        out.push_back(make(finding::ProposalVersionIkev2Only,
                           blocking == Severity::Error ? Severity::Error : Severity::Info, p));
    }
}

/// What Windows' own offer negotiates is weak (proposals::weakAlgorithms), per tunnel type judged.
void weakCrypto(const ProbeResult& p, const std::vector<std::string>& tunnels, std::vector<Finding>& out) {
    for (const auto& tunnel : tunnels) {
        const auto& chosen = tunnel == "ikev2" ? p.ikev2.windowsDefaultChosen : p.ikev1.windowsDefaultChosen;
        if (!chosen) {
            continue;
        }
        const auto proposal = ike::parseProposal(chosen->notation, ike::Protocol::Ike);
        const auto weak = proposal ? proposals::weakAlgorithms(*proposal) : std::vector<std::string>{};
        if (weak.empty()) {
            continue;
        }
        auto f = make(finding::ProposalWeakCrypto, Severity::Warning, p);
        f.evidence["tunnel"] = tunnel;
        f.evidence["negotiated"] = chosen->notation;
        std::string list;
        for (const auto& w : weak) {
            list += (list.empty() ? "" : ",") + w;
        }
        f.evidence["weak_algorithms"] = list;
        addRecommendation(f, p, tunnel);
        out.push_back(f);
    }
}

} // namespace

std::vector<Finding> checkProbe(const ProbeResult& probe, const ProbeJudgement& judgement) {
    std::vector<Finding> out;
    const auto tunnels = judged(probe, judgement);
    connectivity(probe, out);
    if (probe.reachable) {
        largePackets(probe, tunnels, judgement, out);
    }
    if (contains(tunnels, "ikev2")) {
        ikev2(probe, tunnels, out);
    }
    if (contains(tunnels, "l2tp")) {
        ikev1(probe, tunnels, out);
    }
    versions(probe, tunnels, out);
    weakCrypto(probe, tunnels, out);
    return out;
}

std::string_view windowsIkev2FragmentationId(WindowsIkev2Fragmentation f) {
    switch (f) {
    case WindowsIkev2Fragmentation::Supported:
        return "supported";
    case WindowsIkev2Fragmentation::OldBuild:
        return "old-build";
    case WindowsIkev2Fragmentation::DisabledInProfile:
        return "disabled-in-profile";
    case WindowsIkev2Fragmentation::Unknown:
        break;
    }
    return "unknown";
}

WindowsIkev2Fragmentation windowsIkev2Fragmentation(const std::string& osBuild,
                                                    std::optional<bool> disabledInProfile) {
    // Windows 10 1803 (build 17134) brought IKEv2 fragmentation (ipsec-facts.md §1, §3 809).
    constexpr unsigned kFirstBuild = 17134;
    unsigned build = 0;
    const auto [end, error] = std::from_chars(osBuild.data(), osBuild.data() + osBuild.size(), build);
    if (osBuild.empty() || error != std::errc{} || end != osBuild.data() + osBuild.size()) {
        return disabledInProfile.value_or(false) ? WindowsIkev2Fragmentation::DisabledInProfile
                                                 : WindowsIkev2Fragmentation::Unknown;
    }
    if (build < kFirstBuild) {
        return WindowsIkev2Fragmentation::OldBuild;
    }
    return disabledInProfile.value_or(false) ? WindowsIkev2Fragmentation::DisabledInProfile
                                             : WindowsIkev2Fragmentation::Supported;
}

} // namespace ipsecdoctor
