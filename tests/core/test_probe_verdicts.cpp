// The probe judges L2TP/IPsec and IKEv2 separately (model/probe_result.h's probeVerdict): a bare
// probe judges both, a profile only its own tunnel type, and "nothing Windows can use" is
// critical only when no tunnel type judged works. Recommendations are per tunnel type and the
// strongest the server accepts (proposal_strength.h), and results written by version 1.0 read
// the same way.
#include "ipsecdoctor/checks/probe_checks.h"
#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/json/probe_json.h"
#include "ipsecdoctor/proposals/probe_recommendations.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace ipsecdoctor {
namespace {

ProbeProposal proposal(const char* text) {
    return ike::toProbeProposal(*ike::parseProposal(text));
}

const Finding* find(const std::vector<Finding>& findings, const std::string& id) {
    const auto it =
        std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == id; });
    return it == findings.end() ? nullptr : &*it;
}

/// The issue's server: IKEv1 only (IKEv2 answered with NO_PROPOSAL_CHOSEN to everything), taking
/// Windows' L2TP default with 3DES and AES-256 with SHA-1 and group 2 as well.
ProbeResult ikev1OnlyServer() {
    ProbeResult p;
    p.host = "l2tp.example.com";
    p.address = "192.0.2.20";
    p.transport = "reachable";
    p.reachable = true;
    p.ikev2.probed = true;
    p.ikev2.answered = true;
    p.ikev2.windowsSet = "windows10-default";
    p.ikev2.windowsDefaultAccepted = false;
    p.ikev2.discoveryComplete = true;
    p.ikev1.probed = true;
    p.ikev1.mainModeAnswered = true;
    p.ikev1.windowsDefaultAccepted = true;
    p.ikev1.windowsDefaultChosen = proposal("3des-sha1-modp1024");
    p.ikev1.mainModeAccepted = {proposal("aes256-sha1-modp1024"), proposal("3des-sha1-modp1024")};
    p.ikev1.discoveryComplete = true;
    p.ikev1.aggressiveMode = "rejected";
    proposals::addRecommendations(p);
    return p;
}

ProbeResult ikev1OnlyServerForLargePackets() {
    auto p = ikev1OnlyServer();
    p.largePackets = ProbeLargePackets{"delivered", "not-tested", 2500};
    return p;
}

} // namespace

TEST(ProbeVerdicts, EachTunnelTypeHasItsOwnVerdict) {
    const auto p = ikev1OnlyServer();
    EXPECT_EQ(probeVerdict(p, "ikev2"), ProbeVerdict::Refused);
    EXPECT_EQ(probeVerdict(p, "l2tp"), ProbeVerdict::Accepted);
    auto q = p;
    q.ikev1.windowsDefaultAccepted = false;
    q.ikev1.windowsDefaultChosen.reset();
    EXPECT_EQ(probeVerdict(q, "l2tp"), ProbeVerdict::OthersAccepted);
    q.ikev1.mainModeAccepted.clear();
    EXPECT_EQ(probeVerdict(q, "l2tp"), ProbeVerdict::Refused);
    q.ikev1.discoveryComplete = false;
    EXPECT_EQ(probeVerdict(q, "l2tp"), ProbeVerdict::RefusedIncomplete);
    q.ikev1.mainModeAnswered.reset();
    EXPECT_EQ(probeVerdict(q, "l2tp"), ProbeVerdict::NoAnswer);
    q.ikev1.probed = false;
    EXPECT_EQ(probeVerdict(q, "l2tp"), ProbeVerdict::NotAsked);
    q.ikev2.keGroupRequested = 14; // INVALID_KE: a proposal is accepted with another group
    EXPECT_EQ(probeVerdict(q, "ikev2"), ProbeVerdict::OthersAccepted);
}

TEST(ProbeVerdicts, ABareProbeOfAnIkev1OnlyServerIsNotCritical) {
    const auto f = checkProbe(ikev1OnlyServer());
    EXPECT_EQ(find(f, "proposal.ikev2.no-common-proposal"), nullptr);
    EXPECT_EQ(worstSeverity(f), Severity::Warning);
    ASSERT_NE(find(f, "proposal.version.ikev1-only"), nullptr);
    EXPECT_EQ(find(f, "proposal.version.ikev1-only")->severity, Severity::Warning);
    const auto* accepted = find(f, "proposal.ikev1.accepted");
    ASSERT_NE(accepted, nullptr);
    EXPECT_EQ(accepted->evidence.at("tunnel"), "l2tp");
    EXPECT_EQ(accepted->evidence.at("chosen"), "3des-sha1-modp1024");
    // Windows' L2TP default negotiates 3DES and group 2: weak, and the stronger policy the server
    // accepts is AES-256, not Windows' own 3DES.
    const auto* weak = find(f, "proposal.weak-crypto");
    ASSERT_NE(weak, nullptr);
    EXPECT_EQ(weak->evidence.at("tunnel"), "l2tp");
    EXPECT_EQ(weak->evidence.at("recommended_proposal"), "aes256-sha1-modp1024");
}

TEST(ProbeVerdicts, AProfileIsJudgedForItsOwnTunnelTypeOnly) {
    auto p = ikev1OnlyServer();
    p.tunnels = {"ikev2"}; // probed for an IKEv2 profile
    auto f = checkProbe(p);
    // The server refuses IKEv2 as a whole: the version is the cause, for this profile an error;
    // "no common proposal" would be its consequence.
    EXPECT_EQ(find(f, "proposal.ikev2.no-common-proposal"), nullptr);
    const auto* version = find(f, "proposal.version.ikev1-only");
    ASSERT_NE(version, nullptr) << "the way out: an L2TP profile";
    EXPECT_EQ(version->severity, Severity::Error);
    EXPECT_EQ(find(f, "proposal.ikev1.accepted"), nullptr);
    EXPECT_EQ(find(f, "proposal.weak-crypto"), nullptr) << "L2TP's weak default is not this profile's";

    // The connection's tunnel type overrides what the run judged (a bare probe in a bundle).
    f = checkProbe(ikev1OnlyServer(), ProbeJudgement{TunnelType::L2tp});
    EXPECT_EQ(find(f, "proposal.ikev2.no-common-proposal"), nullptr);
    EXPECT_NE(find(f, "proposal.ikev1.accepted"), nullptr);
    f = checkProbe(ikev1OnlyServer(), ProbeJudgement{TunnelType::Ikev2});
    EXPECT_EQ(find(f, "proposal.version.ikev1-only")->severity, Severity::Error);
    // A server that refuses both versions' proposals: nothing Windows can use, critical.
    p.ikev1.windowsDefaultAccepted = false;
    p.ikev1.windowsDefaultChosen.reset();
    p.ikev1.mainModeAccepted.clear();
    f = checkProbe(p);
    ASSERT_NE(find(f, "proposal.ikev2.no-common-proposal"), nullptr);
    EXPECT_EQ(find(f, "proposal.ikev2.no-common-proposal")->severity, Severity::Critical);
    EXPECT_EQ(find(f, "proposal.ikev2.no-common-proposal")->evidence.at("tunnel"), "ikev2");
}

TEST(ProbeVerdicts, CriticalOnlyWhenNoTunnelTypeJudgedWorks) {
    auto p = ikev1OnlyServer();
    p.ikev1.windowsDefaultAccepted = false;
    p.ikev1.windowsDefaultChosen.reset();
    p.ikev1.mainModeAccepted.clear();
    const auto f = checkProbe(p);
    ASSERT_NE(find(f, "proposal.ikev2.no-common-proposal"), nullptr);
    ASSERT_NE(find(f, "proposal.ikev1.no-common-proposal"), nullptr);
    EXPECT_EQ(find(f, "proposal.ikev1.no-common-proposal")->evidence.at("tunnel"), "l2tp");
    EXPECT_EQ(worstSeverity(f), Severity::Critical);
    EXPECT_EQ(find(f, "proposal.version.ikev1-only"), nullptr);
}

TEST(ProbeVerdicts, RecommendationsArePerTunnelTypeAndNameTheProfile) {
    auto p = ikev1OnlyServer();
    ASSERT_EQ(p.recommendations.size(), 1u) << "nothing to recommend for IKEv2: it accepts nothing";
    EXPECT_EQ(p.recommendations[0].tunnel, "l2tp");
    EXPECT_EQ(p.recommendations[0].proposal, "aes256-sha1-modp1024");
    EXPECT_EQ(p.recommendations[0].cipherTransformConstants, "AES256"); // Windows' own ESP kept
    EXPECT_EQ(p.recommendations[0].authenticationTransformConstants, "SHA196");
    p.profile = "Bureau d'Alice";
    proposals::addRecommendations(p);
    EXPECT_EQ(
        p.recommendations[0].powerShell.rfind("Set-VpnConnectionIPsecConfiguration -ConnectionName "
                                              "'Bureau d''Alice' -AuthenticationTransformConstants SHA196",
                                              0),
        0u)
        << p.recommendations[0].powerShell;

    // An IKEv2 server that refuses Windows' default: its own recommendation, the strongest.
    p.ikev2.windowsDefaultAccepted = false;
    p.ikev2.accepted = {proposal("aes128-sha256-modp2048"), proposal("aes256-sha384-ecp384")};
    proposals::addRecommendations(p);
    ASSERT_NE(p.recommendationFor("ikev2"), nullptr);
    EXPECT_EQ(p.recommendationFor("ikev2")->proposal, "aes256-sha384-ecp384");
    // Windows' own default accepted with nothing weak: nothing to recommend.
    p.ikev2.windowsDefaultAccepted = true;
    p.ikev2.windowsDefaultChosen = proposal("aes256-sha256-modp2048");
    proposals::addRecommendations(p);
    EXPECT_EQ(p.recommendationFor("ikev2"), nullptr);
}

TEST(ProbeVerdicts, PowerShellQuotingCannotBeEscaped) {
    const VpnIpsecPolicy policy{};
    EXPECT_EQ(proposals::powerShellCommand("", policy)
                  .rfind("Set-VpnConnectionIPsecConfiguration -ConnectionName "
                         "'<VPN>' -AuthenticationTransformConstants ",
                         0),
              0u);
    const auto typographic =
        proposals::powerShellCommand("A\xE2\x80\x99; Remove-Item C:\\ -Recurse #", policy);
    EXPECT_NE(typographic.find("'A\xE2\x80\x99\xE2\x80\x99; Remove-Item C:\\ -Recurse #' "),
              std::string::npos)
        << typographic;
}

TEST(ProbeVerdicts, AVersion10ResultReadsWithBothVerdictsAndItsRecommendation) {
    auto j = toJson(ikev1OnlyServer());
    // As IPsec Doctor 1.0 wrote it (probe schema 1).
    j["schema_version"] = 1;
    j.erase("tunnels");
    j.erase("profile");
    j.erase("verdicts");
    j["ikev1"]["main_mode"].erase("windows_default_chosen");
    j["ikev1"]["main_mode"]["windows_accepted"] = j["ikev1"]["main_mode"]["windows_default_accepted"];
    j["ikev1"]["main_mode"].erase("windows_default_accepted");
    j["ikev1"]["main_mode"]["accepted"] =
        nlohmann::json::array({toJson(ikev1OnlyServer())["ikev1"]["main_mode"]["windows_default_chosen"],
                               toJson(ikev1OnlyServer())["ikev1"]["main_mode"]["accepted"][0]});
    j["recommendation"] = j["recommendations"][0];
    j["recommendation"].erase("tunnel");
    j["recommendation"]["powershell"] = "-AuthenticationTransformConstants SHA196 -PfsGroup None";
    j.erase("recommendations");
    const auto read = probeResultFromJson(j);
    ASSERT_TRUE(read) << read.error().detail;
    EXPECT_EQ(read->tunnels, (std::vector<std::string>{"ikev2", "l2tp"}));
    EXPECT_EQ(read->ikev1.windowsDefaultAccepted, true);
    ASSERT_TRUE(read->ikev1.windowsDefaultChosen);
    EXPECT_EQ(read->ikev1.windowsDefaultChosen->notation, "3des-sha1-modp1024");
    ASSERT_EQ(read->recommendations.size(), 1u);
    EXPECT_EQ(read->recommendations[0].tunnel, "l2tp");
    EXPECT_EQ(read->recommendations[0].powerShell,
              "Set-VpnConnectionIPsecConfiguration -ConnectionName '<VPN>' "
              "-AuthenticationTransformConstants SHA196 -PfsGroup None -Force");
    EXPECT_EQ(probeVerdict(*read, "l2tp"), ProbeVerdict::Accepted);
    // And the current schema round-trips, verdicts included for JSON readers.
    const auto now = toJson(ikev1OnlyServer());
    EXPECT_EQ(now["verdicts"]["ikev2"], "refused");
    EXPECT_EQ(now["verdicts"]["l2tp"], "accepted");
    EXPECT_EQ(*probeResultFromJson(now), ikev1OnlyServer());
}

} // namespace ipsecdoctor

namespace ipsecdoctor {

TEST(ProbeLargePackets, DroppedFragmentsAreAnErrorForCertificatesUnlessIkev2FragmentationApplies) {
    auto p = ikev1OnlyServerForLargePackets();
    EXPECT_EQ(find(checkProbe(p), "connectivity.large-packets.dropped"), nullptr) << "delivered";
    p.largePackets.udp500 = "dropped";
    // A bare probe: the sign-in method is not known, a warning.
    const auto bareFindings = checkProbe(p); // held: find() points into it
    const auto* bare = find(bareFindings, "connectivity.large-packets.dropped");
    ASSERT_NE(bare, nullptr);
    EXPECT_EQ(bare->severity, Severity::Warning);
    EXPECT_EQ(bare->step, Step::Connectivity);
    // A machine certificate: IKE_AUTH carries it, and it will not arrive.
    auto f = checkProbe(p, ProbeJudgement{TunnelType::L2tp, VpnAuthMethod::MachineCertificate});
    ASSERT_NE(find(f, "connectivity.large-packets.dropped"), nullptr);
    EXPECT_EQ(find(f, "connectivity.large-packets.dropped")->severity, Severity::Error);
    // The profile's sign-in method recorded by the run counts the same.
    p.signIn = "eap-tls";
    EXPECT_EQ(find(checkProbe(p), "connectivity.large-packets.dropped")->severity, Severity::Error);
    // IKEv2 with a server that fragments IKE messages itself (RFC 7383): Windows does too.
    p.ikev2.fragmentationSupported = true;
    f = checkProbe(p, ProbeJudgement{TunnelType::Ikev2, VpnAuthMethod::MachineCertificate});
    EXPECT_EQ(find(f, "connectivity.large-packets.dropped")->severity, Severity::Warning);
    EXPECT_EQ(find(f, "connectivity.large-packets.dropped")->evidence.at("ikev2_fragmentation_applies"),
              "true");
    // ... but not L2TP/IPsec (IKEv1).
    f = checkProbe(p, ProbeJudgement{TunnelType::L2tp, VpnAuthMethod::MachineCertificate});
    EXPECT_EQ(find(f, "connectivity.large-packets.dropped")->severity, Severity::Error);
    // Dropped on UDP 4500 only (behind NAT, where IKE_AUTH travels) counts as well.
    p.largePackets.udp500 = "delivered";
    p.largePackets.udp4500 = "dropped";
    EXPECT_NE(find(checkProbe(p), "connectivity.large-packets.dropped"), nullptr);
}

TEST(ProbeLargePackets, WindowsOwnFragmentationDecidesWithTheServers) {
    EXPECT_EQ(windowsIkev2Fragmentation("19045", std::nullopt), WindowsIkev2Fragmentation::Supported);
    EXPECT_EQ(windowsIkev2Fragmentation("17134", false), WindowsIkev2Fragmentation::Supported);
    EXPECT_EQ(windowsIkev2Fragmentation("17133", std::nullopt), WindowsIkev2Fragmentation::OldBuild);
    EXPECT_EQ(windowsIkev2Fragmentation("16299", true), WindowsIkev2Fragmentation::OldBuild);
    EXPECT_EQ(windowsIkev2Fragmentation("22631", true), WindowsIkev2Fragmentation::DisabledInProfile);
    EXPECT_EQ(windowsIkev2Fragmentation("", std::nullopt), WindowsIkev2Fragmentation::Unknown);
    EXPECT_EQ(windowsIkev2Fragmentation("", true), WindowsIkev2Fragmentation::DisabledInProfile);
    EXPECT_EQ(windowsIkev2Fragmentation("19045a", std::nullopt), WindowsIkev2Fragmentation::Unknown);

    auto p = ikev1OnlyServerForLargePackets();
    p.largePackets.udp500 = "dropped";
    p.ikev2.fragmentationSupported = true;
    const auto judge = [&](WindowsIkev2Fragmentation windows) {
        return checkProbe(p, ProbeJudgement{TunnelType::Ikev2, VpnAuthMethod::MachineCertificate, windows});
    };
    for (const auto windows : {WindowsIkev2Fragmentation::Supported, WindowsIkev2Fragmentation::Unknown}) {
        const auto f = judge(windows);
        EXPECT_EQ(find(f, "connectivity.large-packets.dropped")->severity, Severity::Warning);
    }
    // The server splits its messages but this Windows does not: the certificates still need
    // IP fragments, and the fix is on this PC.
    for (const auto windows :
         {WindowsIkev2Fragmentation::OldBuild, WindowsIkev2Fragmentation::DisabledInProfile}) {
        const auto f = judge(windows);
        const auto* dropped = find(f, "connectivity.large-packets.dropped");
        ASSERT_NE(dropped, nullptr);
        EXPECT_EQ(dropped->severity, Severity::Error);
        EXPECT_EQ(dropped->evidence.at("ikev2_fragmentation_applies"), "false");
        EXPECT_EQ(dropped->evidence.at("windows_ikev2_fragmentation"), windowsIkev2FragmentationId(windows));
    }
}

TEST(ProbeLargePackets, RoundTripThroughJsonAndOldResultsReadAsNotTested) {
    auto p = ikev1OnlyServerForLargePackets();
    p.largePackets = ProbeLargePackets{"dropped", "not-tested", 2500};
    p.signIn = "machine-certificate";
    auto j = toJson(p);
    EXPECT_EQ(j["large_packets"]["udp500"], "dropped");
    EXPECT_EQ(*probeResultFromJson(j), p);
    j.erase("large_packets");
    j.erase("sign_in");
    const auto old = probeResultFromJson(j);
    ASSERT_TRUE(old);
    EXPECT_EQ(old->largePackets, ProbeLargePackets{});
    EXPECT_EQ(old->largePackets.udp500, "not-tested");
}

} // namespace ipsecdoctor
