// Findings from probe results (the ids of the contract between issues) and the probe result's
// JSON round trip through a snapshot, so a bundle carries the probe to offline analysis.

#include "ipsecdoctor/checks/probe_checks.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/json/probe_json.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace ipsecdoctor {
namespace {

ProbeProposal proposal(const char* text) {
    return ike::toProbeProposal(*ike::parseProposal(text));
}

ProbeResult answered() {
    ProbeResult p;
    p.host = "vpn.example.com";
    p.address = "192.0.2.10";
    p.transport = "reachable";
    p.reachable = true;
    p.rttMs = 23.4;
    p.attempts = 1;
    p.ikev2.probed = true;
    p.ikev2.answered = true;
    p.ikev2.windowsSet = "windows10-default";
    return p;
}

ProbeRecommendation recommendation(const char* tunnel, const char* proposal) {
    ProbeRecommendation r;
    r.tunnel = tunnel;
    r.proposal = proposal;
    r.powerShell = "Set-VpnConnectionIPsecConfiguration -ConnectionName '<VPN>' -X -Force";
    r.encryptionMethod = "AES256";
    r.integrityCheckMethod = "SHA256";
    r.dhGroup = "Group14";
    r.cipherTransformConstants = "AES256";
    r.authenticationTransformConstants = "SHA256128";
    r.pfsGroup = "None";
    return r;
}

std::vector<std::string> ids(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) {
        out.push_back(f.id);
    }
    return out;
}

bool has(const std::vector<Finding>& findings, const std::string& id) {
    auto v = ids(findings);
    return std::find(v.begin(), v.end(), id) != v.end();
}

TEST(ProbeChecks, TransportOutcomesHaveTheirOwnIds) {
    ProbeResult p;
    p.host = "vpn.example.com";
    p.transport = "dns-failed";
    EXPECT_EQ(ids(checkProbe(p)), std::vector<std::string>{"connectivity.dns.failed"});
    p.transport = "timeout";
    EXPECT_EQ(ids(checkProbe(p)), std::vector<std::string>{"connectivity.udp500.timeout"});
    p.transport = "unreachable";
    p.transportDetail = "port-unreachable";
    auto f = checkProbe(p);
    ASSERT_EQ(ids(f), std::vector<std::string>{"connectivity.udp500.unreachable"});
    EXPECT_EQ(f[0].evidence.at("icmp"), "port-unreachable");
    EXPECT_EQ(f[0].step, Step::Connectivity);
    EXPECT_EQ(f[0].phase, IkePhase::Transport);
    p.transport = "cancelled";
    EXPECT_TRUE(checkProbe(p).empty());
}

TEST(ProbeChecks, ThrottlingIsAWarningNotAnOutage) {
    auto p = answered();
    p.transport = "throttled";
    auto f = checkProbe(p);
    EXPECT_TRUE(has(f, "connectivity.udp500.throttled"));
    EXPECT_TRUE(has(f, "connectivity.udp500.reachable"));
    EXPECT_FALSE(has(f, "connectivity.udp500.timeout"));
}

TEST(ProbeChecks, AcceptedDefaultWithWeakCryptoAndNat) {
    auto p = answered();
    p.ikev2.windowsDefaultAccepted = true;
    p.ikev2.windowsDefaultChosen = proposal("3des-sha1-modp1024");
    p.ikev2.accepted = {proposal("aes256-sha256-modp2048"), proposal("3des-sha1-modp1024")};
    p.natDetected = true;
    p.localBehindNat = true;
    p.recommendations = {recommendation("ikev2", "aes256-sha256-modp2048")};
    auto f = checkProbe(p);
    EXPECT_TRUE(has(f, "proposal.ikev2.accepted"));
    EXPECT_TRUE(has(f, "connectivity.nat.detected"));
    ASSERT_TRUE(has(f, "proposal.weak-crypto"));
    auto weak =
        *std::find_if(f.begin(), f.end(), [](const Finding& x) { return x.id == "proposal.weak-crypto"; });
    EXPECT_EQ(weak.evidence.at("negotiated"), "3des-sha1-modp1024");
    EXPECT_EQ(weak.evidence.at("recommended_proposal"), "aes256-sha256-modp2048");
    EXPECT_EQ(weak.severity, Severity::Warning);
}

TEST(ProbeChecks, RejectedDefaultDistinguishesGroupMismatchAndNoCommonProposal) {
    auto p = answered();
    p.ikev2.windowsDefaultAccepted = false;
    p.ikev2.accepted = {proposal("aes256gcm16-prfsha384-ecp384")};
    p.ikev2.discoveryComplete = true;
    EXPECT_TRUE(has(checkProbe(p), "proposal.ikev2.windows-default-rejected"));
    p.ikev2.keGroupRequested = 20;
    EXPECT_TRUE(has(checkProbe(p), "proposal.ikev2.dh-group-mismatch"));
    p.ikev2.keGroupRequested.reset();
    p.ikev2.accepted.clear();
    auto f = checkProbe(p);
    ASSERT_TRUE(has(f, "proposal.ikev2.no-common-proposal"));
    EXPECT_EQ(worstSeverity(f), Severity::Critical);
}

TEST(ProbeChecks, Ikev1AggressiveModeAndVersions) {
    auto p = answered();
    p.ikev2.answered = false;
    p.ikev1.probed = true;
    p.ikev1.mainModeAnswered = true;
    p.ikev1.windowsDefaultAccepted = false;
    p.ikev1.mainModeAccepted = {proposal("aes256-sha1-modp2048")};
    p.ikev1.aggressiveMode = "answered";
    auto f = checkProbe(p);
    EXPECT_TRUE(has(f, "proposal.ikev1.aggressive-mode-answered"));
    EXPECT_TRUE(has(f, "proposal.ikev1.windows-default-rejected"));
    EXPECT_TRUE(has(f, "proposal.version.ikev1-only"));
    p.ikev1.mainModeAccepted.clear();
    p.ikev1.discoveryComplete = true;
    f = checkProbe(p);
    EXPECT_TRUE(has(f, "proposal.ikev1.aggressive-only"));
    // Aggressive Mode only is the cause; "no common proposal" in Main Mode would be its consequence.
    EXPECT_FALSE(has(f, "proposal.ikev1.no-common-proposal"));
}

// strongSwan with keyexchange=ikev1 answers IKE_SA_INIT with NO_PROPOSAL_CHOSEN whatever is
// proposed: after a complete discovery with nothing accepted, and IKEv1 working, the server is
// IKEv1-only for Windows, not a proposal problem a policy could fix.
TEST(ProbeChecks, RefusingEveryIkev2ProposalWhileIkev1WorksIsIkev1Only) {
    auto p = answered();
    p.ikev2.windowsDefaultAccepted = false;
    p.ikev2.accepted.clear();
    p.ikev2.discoveryComplete = true;
    p.ikev1.probed = true;
    p.ikev1.mainModeAnswered = true;
    p.ikev1.windowsDefaultAccepted = false;
    p.ikev1.mainModeAccepted = {proposal("aes256-sha1-modp2048")};
    auto f = checkProbe(p);
    EXPECT_TRUE(has(f, "proposal.version.ikev1-only"));
    EXPECT_FALSE(has(f, "proposal.ikev2.no-common-proposal"));
    // An incomplete discovery proves nothing about IKEv2 as a whole.
    p.ikev2.discoveryComplete = false;
    f = checkProbe(p);
    EXPECT_FALSE(has(f, "proposal.version.ikev1-only"));
    // Nothing accepted on either version: no common proposal at all.
    p.ikev2.discoveryComplete = true;
    p.ikev1.mainModeAccepted.clear();
    f = checkProbe(p);
    EXPECT_FALSE(has(f, "proposal.version.ikev1-only"));
    EXPECT_TRUE(has(f, "proposal.ikev2.no-common-proposal"));
}

TEST(ProbeChecks, Ikev2OnlyServerIsInformationNotAnIkev1Failure) {
    auto p = answered();
    p.ikev2.windowsDefaultAccepted = true;
    p.ikev2.windowsDefaultChosen = proposal("aes256-sha256-modp2048");
    p.ikev2.accepted = {*p.ikev2.windowsDefaultChosen};
    p.ikev1.probed = true;
    p.ikev1.mainModeAnswered = true;
    p.ikev1.windowsDefaultAccepted = false;
    p.ikev1.discoveryComplete = true;
    auto f = checkProbe(p);
    EXPECT_TRUE(has(f, "proposal.version.ikev2-only"));
    EXPECT_FALSE(has(f, "proposal.ikev1.no-common-proposal"));
}

TEST(ProbeChecks, UdpPort4500BlockedBreaksNatTraversal) {
    auto p = answered();
    p.natt = ProbeNatTraversal{"reachable", {}, 20.0, 1};
    EXPECT_TRUE(has(checkProbe(p), "connectivity.udp4500.reachable"));
    EXPECT_FALSE(has(checkProbe(p), "connectivity.udp4500.blocked"));
    // No NAT on this path yet: a warning (it fails on the first network with NAT).
    p.natDetected = false;
    p.natt = ProbeNatTraversal{"timeout", {}, std::nullopt, 2};
    auto findings = checkProbe(p);
    auto blocked = std::find_if(findings.begin(), findings.end(),
                                [](const Finding& f) { return f.id == "connectivity.udp4500.blocked"; });
    ASSERT_NE(blocked, findings.end());
    EXPECT_EQ(blocked->severity, Severity::Warning);
    EXPECT_EQ(blocked->evidence.at("udp4500"), "timeout");
    // NAT on the path now: IKE moves to 4500 and the connection fails there.
    p.natDetected = true;
    p.natt = ProbeNatTraversal{"unreachable", "port-unreachable", std::nullopt, 1};
    findings = checkProbe(p);
    blocked = std::find_if(findings.begin(), findings.end(),
                           [](const Finding& f) { return f.id == "connectivity.udp4500.blocked"; });
    ASSERT_NE(blocked, findings.end());
    EXPECT_EQ(blocked->severity, Severity::Error);
    EXPECT_EQ(blocked->evidence.at("icmp"), "port-unreachable");
    // Not asked (another port, IKEv1 only): nothing said about 4500.
    p.natt.reset();
    EXPECT_FALSE(has(checkProbe(p), "connectivity.udp4500.blocked"));
    EXPECT_FALSE(has(checkProbe(p), "connectivity.udp4500.reachable"));
}

TEST(ProbeJson, RoundTripsThroughASnapshotAndFeedsTheChecks) {
    SystemSnapshot s;
    s.collectedAt = "2026-11-27T10:15:00Z";
    auto p = answered();
    p.ikev2.windowsDefaultAccepted = false;
    p.ikev2.keGroupRequested = 14;
    p.ikev2.accepted = {proposal("aes256-sha256-modp2048")};
    p.ikev1.probed = true;
    p.ikev1.aggressiveMode = "rejected";
    p.certreqCaSha1 = {"1dea9252b6f519a25391c6febd8ce7c21c33cb5b"};
    p.recommendations = {recommendation("ikev2", "aes256-sha256-modp2048")};
    p.exchanges = {ProbeExchange{"ikev2-windows", 12, "invalid-ke", "MODP_2048", 1, 12.5}};
    p.natt = ProbeNatTraversal{"unreachable", "port-unreachable", std::nullopt, 1};
    s.probe = p;
    auto back = snapshotFromJson(toJson(s));
    ASSERT_TRUE(back) << back.error().detail;
    ASSERT_TRUE(back->probe);
    EXPECT_EQ(*back->probe, p);
    auto findings = runChecks(*back, Step::Proposals);
    EXPECT_TRUE(has(findings, "proposal.ikev2.dh-group-mismatch"));
    EXPECT_FALSE(has(findings, "connectivity.udp500.reachable")); // other step

    // An older snapshot without "probe" still loads; a damaged probe is a clear error.
    auto j = toJson(s);
    j.erase("probe");
    auto old = snapshotFromJson(j);
    ASSERT_TRUE(old);
    EXPECT_FALSE(old->probe);
    j = toJson(s);
    j["probe"]["ikev2"]["accepted"][0]["transforms"][0]["id"] = "twelve";
    auto bad = snapshotFromJson(j);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::Malformed);
    EXPECT_NE(bad.error().detail.find("probe.ikev2.accepted[0].transforms[0].id"), std::string::npos);
}

TEST(ProbeJson, CliKeysOfTheIssueArePresent) {
    auto j = toJson(answered());
    for (const char* key : {"reachable", "rtt_ms", "attempts", "nat_detected", "certreq_ca_sha1",
                            "vendor_ids", "server_fingerprint", "recommendations", "verdicts", "tunnels"}) {
        EXPECT_TRUE(j.contains(key)) << key;
    }
    EXPECT_TRUE(j["ikev2"].contains("windows_default_accepted"));
    EXPECT_TRUE(j["ikev2"].contains("accepted"));
    EXPECT_TRUE(j["ikev2"].contains("ke_group_requested"));
    EXPECT_TRUE(j["ikev1"]["main_mode"].contains("accepted"));
    EXPECT_TRUE(j["ikev1"]["main_mode"].contains("windows_default_accepted"));
    EXPECT_TRUE(j["ikev1"].contains("aggressive_mode"));
}

} // namespace
} // namespace ipsecdoctor
