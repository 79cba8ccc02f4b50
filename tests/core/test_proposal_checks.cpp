// The Proposals step's comparison: one test per classification, with real server logs where
// tests/data has them.
#include "ipsecdoctor/proposals/proposal_checks.h"
#include "ipsecdoctor/proposals/recommended_fix.h"

#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/vpn/registry_values.h"

#include "charon_log_support.h"
#include "pbk_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ipsecdoctor;
using namespace ipsecdoctor::proposals;
using ipsecdoctor::testing::proposalsInLog;
using ipsecdoctor::testing::readRealWorld;

namespace {

ike::Proposal ikeP(const char* text) {
    return *ike::parseProposal(text, ike::Protocol::Ike);
}
ike::Proposal espP(const char* text) {
    return *ike::parseProposal(text, ike::Protocol::Esp);
}

ProposalContext profileContext(TunnelType tunnel = TunnelType::Ikev2) {
    ProposalContext c;
    c.subject.profile = "Office";
    c.subject.scope = PhonebookScope::User;
    c.subject.server = "vpn.example.net";
    c.subject.tunnel = tunnel;
    c.inputs.tunnel = tunnel;
    return c;
}

ServerAcceptance ikev2Server(std::vector<ike::Proposal> accepted) {
    ServerAcceptance s;
    s.server = "vpn.example.net";
    s.reachable = true;
    s.ikev2 = Ikev2Acceptance{true, std::move(accepted), std::nullopt, false};
    return s;
}

/// A server that answers IKEv1 main mode only (aes256-sha1-modp2048) and not IKEv2.
ServerAcceptance ikev1OnlyServer() {
    ServerAcceptance s;
    s.reachable = true;
    s.ikev2 = Ikev2Acceptance{};
    s.ikev1 = Ikev1Acceptance{true, {ikeP("aes256-sha1-modp2048")}, false};
    return s;
}

const Finding* find(const std::vector<Finding>& findings, std::string_view id) {
    auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == id; });
    return it == findings.end() ? nullptr : &*it;
}

std::vector<std::string> ids(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) {
        out.push_back(f.id);
    }
    return out;
}

RegistryFact dword(std::string_view id, std::uint32_t v) {
    const auto* known = vpn::findKnownRegistryValue(id);
    return vpn::toFact(*known, RegistryValue::dword(v));
}

} // namespace

TEST(ProposalChecks, WindowsDefaultAgainstAes256Sha256Modp2048IsADhGroupMismatchWithAFixTheServerAccepts) {
    // The "done when": a Windows-default IKEv2 profile, a server accepting only this.
    auto c = profileContext();
    c.server = ikev2Server({ikeP("aes256-sha256-modp2048")});
    const auto findings = checkProposals(c);
    ASSERT_FALSE(findings.empty());
    const auto& f = findings.front();
    EXPECT_EQ(f.id, "proposal.ikev2.dh-group-mismatch");
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_EQ(f.step, Step::Proposals);
    EXPECT_EQ(f.phase, IkePhase::Phase1);
    EXPECT_EQ(f.evidence.at("windows_groups"), "modp1024");
    EXPECT_EQ(f.evidence.at("server_groups"), "modp2048");
    EXPECT_EQ(f.evidence.at("server_accepts"), "aes256-sha256-modp2048");
    EXPECT_NE(f.evidence.at("windows_offers").find("aes256-sha256-modp1024"), std::string::npos);
    EXPECT_EQ(f.evidence.at("recommended_policy"), "AES256,SHA256,Group14,AES256,SHA196,None");
    // The probe stops before ESP: the policy keeps the ESP Windows uses today, and says so.
    EXPECT_EQ(f.evidence.at("esp_tested"), "false");
    EXPECT_EQ(f.evidence.at("recommended_esp"), "aes256-sha1-noesn");
    ASSERT_EQ(f.remediations.size(), 2u);
    EXPECT_EQ(f.remediations[0], fix::kProfileIpsecPolicy);
    EXPECT_EQ(f.remediations[1], fix::kNegotiateDh2048);
    // The recommended policy's IKE proposal is one the server accepts.
    auto policy = parsePolicyArgument(f.evidence.at("recommended_policy"));
    ASSERT_TRUE(policy.hasValue());
    EXPECT_TRUE(accepts(c.server->ikev2->accepted, ike::ikeProposal(*policy)));
    // And with that policy on the profile, the same server accepts what Windows offers.
    c.inputs.customPolicy = *policy;
    const auto after = checkProposals(c);
    EXPECT_EQ(after.front().id, "proposal.ikev2.accepted") << ids(after).front();
    EXPECT_FALSE(find(after, "proposal.weak-crypto"));
}

TEST(ProposalChecks, RealLogCustomPolicyRejected) {
    // quericy#124: Windows sent 3DES/SHA1/MODP1024 (a custom policy); the server is configured
    // for AES-256/SHA1/MODP1024 only.
    const auto log = readRealWorld(
        "strongswan-charon-logs/"
        "quericy-one-key-ikev2-issue124_win10_3DES-SHA1-MODP1024_received-proposals-inacceptable.log");
    const auto received = proposalsInLog(log, "received proposals: ");
    const auto configured = proposalsInLog(log, "configured proposals: ");
    ASSERT_EQ(received.size(), 1u);
    auto c = profileContext();
    c.inputs.customPolicy = *parsePolicyArgument("DES3,SHA1,Group2,DES3,SHA196,None");
    ASSERT_EQ(ike::ikeProposal(*c.inputs.customPolicy), received[0]);
    c.server = ikev2Server(configured);
    const auto findings = checkProposals(c);
    const auto* f = find(findings, "proposal.profile.custom-policy-rejected");
    ASSERT_TRUE(f) << ids(findings).front();
    EXPECT_EQ(f->evidence.at("recommended_policy"), "AES256,SHA1,Group2,AES256,SHA196,None");
    // The profile's own policy is weak, whatever the server says.
    const auto* weak = find(findings, "proposal.weak-crypto");
    ASSERT_TRUE(weak);
    EXPECT_EQ(weak->evidence.at("side"), "profile");
    EXPECT_EQ(weak->evidence.at("weak_algorithms"), "3des, sha1, modp1024");
}

TEST(ProposalChecks, WindowsDefaultRejectedWhenTheCipherDiffers) {
    auto c = profileContext();
    c.server = ikev2Server({ikeP("aes256gcm16-prfsha384-ecp384")});
    const auto findings = checkProposals(c);
    const auto& f = findings.front();
    EXPECT_EQ(f.id, "proposal.ikev2.windows-default-rejected");
    EXPECT_EQ(f.evidence.at("recommended_policy"), "GCMAES256,SHA384,ECP384,AES256,SHA196,None");
    // NegotiateDH2048_AES256 would not help: not offered.
    EXPECT_EQ(f.remediations, std::vector<std::string>{std::string(fix::kProfileIpsecPolicy)});
}

TEST(ProposalChecks, NoCommonProposalWhenWindowsCannotExpressWhatTheServerWants) {
    auto c = profileContext();
    c.server = ikev2Server({ikeP("chacha20poly1305-prfsha512-curve25519")});
    const auto findings = checkProposals(c);
    EXPECT_EQ(findings.front().id, "proposal.ikev2.no-common-proposal");
    EXPECT_TRUE(findings.front().remediations.empty());
    // Answered but nothing accepted at all.
    c.server = ikev2Server({});
    EXPECT_EQ(checkProposals(c).front().id, "proposal.ikev2.no-common-proposal");
}

TEST(ProposalChecks, AcceptedDefaultThatIsWeakIsASecurityWarning) {
    auto c = profileContext();
    c.server = ikev2Server({ikeP("3des-sha1-modp1024")});
    const auto findings = checkProposals(c);
    EXPECT_EQ(findings.front().id, "proposal.weak-crypto");
    EXPECT_EQ(findings.front().severity, Severity::Warning);
    EXPECT_EQ(findings.front().evidence.at("side"), "negotiated");
    EXPECT_TRUE(find(findings, "proposal.ikev2.accepted"));
    // Strong common proposal: only the info finding.
    c.server = ikev2Server({ikeP("aes256-sha256-modp1024"), ikeP("3des-sha1-modp1024")});
    const auto ok = checkProposals(c);
    ASSERT_TRUE(find(ok, "proposal.ikev2.accepted"));
    EXPECT_EQ(find(ok, "proposal.ikev2.accepted")->evidence.at("strongest_common"), "aes256-sha256-modp1024");
    EXPECT_TRUE(find(ok, "proposal.weak-crypto")); // modp1024 is weak
}

TEST(ProposalChecks, AServerRefusingEveryIkev2ProposalIsIkev1OnlyForAnIkev2Profile) {
    auto c = profileContext(TunnelType::Ikev2);
    auto server = ikev1OnlyServer();
    server.ikev2 = Ikev2Acceptance{true, {}, std::nullopt, true};
    c.server = server;
    auto findings = checkProposals(c);
    ASSERT_TRUE(find(findings, "proposal.version.ikev1-only"));
    EXPECT_EQ(find(findings, "proposal.version.ikev1-only")->evidence.at("ikev2_answered"),
              "refused-every-proposal");
    EXPECT_FALSE(find(findings, "proposal.ikev2.no-common-proposal"));
    // For an L2TP/IPsec profile the same server is what it needs.
    auto l2tp = profileContext(TunnelType::L2tp);
    l2tp.server = server;
    findings = checkProposals(l2tp);
    EXPECT_FALSE(find(findings, "proposal.version.ikev1-only"));
}

TEST(ProposalChecks, InvalidKeRequestIsEvidenceNotAFailureWhenWindowsOffersTheGroup) {
    auto c = profileContext();
    c.inputs.negotiateDh2048Aes256 = 2; // enforced: KE MODP2048
    c.server = ikev2Server({ikeP("aes256-sha256-modp2048")});
    c.server->ikev2->requestedKeGroup = ike::DhGroup::Modp2048;
    const auto findings = checkProposals(c);
    EXPECT_EQ(findings.front().id, "proposal.ikev2.accepted");
    EXPECT_EQ(findings.front().evidence.at("server_requested_group"), "modp2048");
    EXPECT_EQ(findings.front().evidence.at("offer_source"), "dh2048-aes256-enforced");
}

TEST(ProposalChecks, VersionMismatchOffersTheTunnelSwitch) {
    auto c = profileContext(TunnelType::Ikev2);
    c.server = ikev1OnlyServer();
    auto findings = checkProposals(c);
    ASSERT_TRUE(find(findings, "proposal.version.ikev1-only"));
    EXPECT_EQ(find(findings, "proposal.version.ikev1-only")->remediations,
              std::vector<std::string>{std::string(fix::kProfileTunnelType)});
    EXPECT_EQ(find(findings, "proposal.version.ikev1-only")->evidence.at("recommended_strategy"),
              "l2tp-only");

    auto l2tp = profileContext(TunnelType::L2tp);
    ServerAcceptance v2only;
    v2only.reachable = true;
    v2only.ikev2 = Ikev2Acceptance{true, {ikeP("aes256-sha256-modp2048")}, std::nullopt, false};
    v2only.ikev1 = Ikev1Acceptance{};
    l2tp.server = v2only;
    findings = checkProposals(l2tp);
    ASSERT_TRUE(find(findings, "proposal.version.ikev2-only"));
    EXPECT_EQ(find(findings, "proposal.version.ikev2-only")->evidence.at("recommended_strategy"),
              "ikev2-only");
}

TEST(ProposalChecks, AggressiveModeOnlyAndAnswered) {
    auto c = profileContext(TunnelType::L2tp);
    ServerAcceptance s;
    s.reachable = true;
    s.ikev1 = Ikev1Acceptance{true, {}, true};
    c.server = s;
    auto findings = checkProposals(c);
    EXPECT_EQ(findings.front().id, "proposal.ikev1.aggressive-only");
    EXPECT_TRUE(find(findings, "proposal.ikev1.aggressive-mode-answered"));
    // Main mode works too: only the security warning.
    s.ikev1 = Ikev1Acceptance{true, {ikeP("aes256-sha1-modp2048")}, true};
    c.server = s;
    findings = checkProposals(c);
    EXPECT_FALSE(find(findings, "proposal.ikev1.aggressive-only"));
    EXPECT_TRUE(find(findings, "proposal.ikev1.aggressive-mode-answered"));
    EXPECT_TRUE(find(findings, "proposal.ikev1.accepted"));
}

TEST(ProposalChecks, Ikev1NoCommonProposal) {
    auto c = profileContext(TunnelType::L2tp);
    ServerAcceptance s;
    s.reachable = true;
    s.ikev1 = Ikev1Acceptance{true, {ikeP("aes128-sha256-modp3072")}, false};
    c.server = s;
    EXPECT_EQ(checkProposals(c).front().id, "proposal.ikev1.no-common-proposal");
    EXPECT_TRUE(checkProposals(c).front().remediations.empty()) << "no policy Windows can send";
    // A server Windows' default misses but a custom policy reaches: that policy is the fix.
    s.ikev1 = Ikev1Acceptance{true, {ikeP("aes128-sha256-modp2048")}, false};
    c.server = s;
    const auto rejected = checkProposals(c).front();
    EXPECT_EQ(rejected.id, "proposal.ikev1.windows-default-rejected");
    EXPECT_EQ(rejected.evidence.at("recommended_ike"), "aes128-sha256-modp2048");
    ASSERT_FALSE(rejected.remediations.empty());
    EXPECT_EQ(rejected.remediations.front(), "profile.ipsec-policy.set");
}

TEST(ProposalChecks, L2tpToAServerBehindNatNeedsTheEncapsulationRule) {
    // KB926179: 0 refuses servers behind NAT, 1 allows a server behind NAT, 2 allows both ends.
    auto c = profileContext(TunnelType::L2tp);
    ServerAcceptance s;
    s.reachable = true;
    s.natDetected = true;
    s.serverBehindNat = true;
    s.clientBehindNat = true;
    s.ikev1 = Ikev1Acceptance{true, {ikeP("aes256-sha1-modp2048")}, false};
    c.server = s;
    auto findings = checkProposals(c);
    const auto* f = find(findings, "proposal.nat-t.encapsulation-rule-missing");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->phase, IkePhase::Transport);
    EXPECT_EQ(f->evidence.at("assume_udp_encapsulation"), "absent");
    EXPECT_EQ(f->evidence.at("needed_value"), "2");
    EXPECT_EQ(f->remediations, std::vector<std::string>{std::string(fix::kAssumeUdpEncapsulation)});
    // 1 covers a server behind NAT only, not both ends behind NAT.
    c.config.registry.push_back(dword(vpn::reg::kAssumeUdpEncapsulation, 1));
    findings = checkProposals(c);
    ASSERT_TRUE(find(findings, "proposal.nat-t.encapsulation-rule-missing"));
    c.server->clientBehindNat = false;
    EXPECT_FALSE(find(checkProposals(c), "proposal.nat-t.encapsulation-rule-missing"))
        << "1 is the documented setting for a server behind NAT";
    c.config.registry.back() = dword(vpn::reg::kAssumeUdpEncapsulation, 2);
    c.server->clientBehindNat = true;
    EXPECT_FALSE(find(checkProposals(c), "proposal.nat-t.encapsulation-rule-missing"));
}

TEST(ProposalChecks, AClientBehindAHomeRouterNeedsNoEncapsulationRule) {
    auto c = profileContext(TunnelType::L2tp);
    ServerAcceptance s;
    s.reachable = true;
    s.natDetected = true;
    s.clientBehindNat = true; // the server's own address matched its NAT-D hash
    s.ikev1 = Ikev1Acceptance{true, {ikeP("aes256-sha1-modp2048")}, false};
    c.server = s;
    EXPECT_FALSE(find(checkProposals(c), "proposal.nat-t.encapsulation-rule-missing"));
    // IKEv2 negotiates NAT-T itself, whoever is behind NAT.
    auto v2 = profileContext();
    v2.server = ikev2Server({ikeP("aes256-sha256-modp1024")});
    v2.server->natDetected = true;
    v2.server->serverBehindNat = true;
    EXPECT_FALSE(find(checkProposals(v2), "proposal.nat-t.encapsulation-rule-missing"));
}

TEST(ProposalChecks, RealLogPfsMismatchFailsAtRekey) {
    // algo#316: Windows' custom policy without PFS; the server's CHILD SA proposals all carry a
    // group, so the first rekey fails ("no acceptable proposal found").
    const auto log = readRealWorld(
        "strongswan-charon-logs/algo-issue316_win10-1703_CHILD_SA-rekey_no-acceptable-proposal.log");
    auto c = profileContext();
    c.inputs.customPolicy = *parsePolicyArgument("AES256,SHA256,Group14,AES256,SHA256128,None");
    ASSERT_EQ(ike::espProposal(*c.inputs.customPolicy).toString(),
              proposalsInLog(log, "received proposals: ")[0].toString());
    c.server = ikev2Server({ikeP("aes256-sha256-modp2048")});
    c.server->espAccepted = proposalsInLog(log, "configured proposals: ");
    const auto findings = checkProposals(c);
    const auto* f = find(findings, "proposal.profile.pfs-mismatch");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->phase, IkePhase::Phase2);
    EXPECT_EQ(f->evidence.at("windows_pfs"), "none");
    EXPECT_EQ(f->evidence.at("fails_at"), "first-rekey");
    EXPECT_EQ(f->evidence.at("recommended_policy"), "AES256,SHA256,Group14,AES256,SHA256128,PFS2048");
}

TEST(ProposalChecks, Phase2MismatchFromLogs) {
    auto c = profileContext();
    c.server = ikev2Server({ikeP("aes256-sha256-modp1024")});
    c.server->childSaRejectedInLogs = true;
    const auto findings = checkProposals(c);
    const auto* f = find(findings, "proposal.phase2.no-common-proposal");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->phase, IkePhase::Phase2);
    EXPECT_EQ(f->evidence.at("windows_offers_esp"),
              "aes256-sha1-noesn, aes128-sha1-noesn, 3des-sha1-noesn, des-sha1-noesn, null-sha1-noesn");
}

TEST(ProposalChecks, LocalFindingsWithoutAProbe) {
    auto c = profileContext(TunnelType::L2tp);
    c.config.registry = {dword(vpn::reg::kProhibitIpsec, 1), dword(vpn::reg::kAllowL2tpWeakCrypto, 1)};
    c.subject.numCustomPolicy = 1;
    c.subject.customPolicyUnreadable = true;
    const auto findings = checkProposals(c);
    EXPECT_TRUE(find(findings, "proposal.l2tp.ipsec-prohibited"));
    EXPECT_TRUE(find(findings, "proposal.l2tp.weak-crypto-allowed"));
    EXPECT_TRUE(find(findings, "proposal.profile.custom-policy-unreadable"));
    const auto* notProbed = find(findings, "proposal.server.not-probed");
    ASSERT_TRUE(notProbed);
    EXPECT_EQ(notProbed->severity, Severity::Info);
    EXPECT_EQ(notProbed->evidence.at("offer_source"), "l2tp-default");

    auto sstp = profileContext(TunnelType::Sstp);
    EXPECT_EQ(ids(checkProposals(sstp)), std::vector<std::string>{"proposal.profile.not-ipsec"});

    auto down = profileContext();
    down.server = ServerAcceptance{};
    EXPECT_EQ(checkProposals(down).front().id, "proposal.server.unreachable");
}

TEST(ProposalChecks, HandTypedServerGetsNoProfileFix) {
    auto c = profileContext();
    c.subject.profile.clear();
    c.server = ikev2Server({ikeP("aes256-sha256-modp2048")});
    const auto findings = checkProposals(c);
    const auto& f = findings.front();
    EXPECT_EQ(f.id, "proposal.ikev2.dh-group-mismatch");
    EXPECT_EQ(f.subject, "vpn.example.net");
    EXPECT_EQ(f.remediations, std::vector<std::string>{std::string(fix::kNegotiateDh2048)});
    EXPECT_EQ(f.evidence.at("recommended_policy"), "AES256,SHA256,Group14,AES256,SHA196,None");
}

TEST(ProposalChecks, RecommendationIsTheStrongestCommonAndRespectsTheServersPfs) {
    const std::vector<ike::Proposal> accepted{
        ikeP("aes128-sha1-modp2048"), ikeP("aes256gcm16-prfsha256-ecp256"), ikeP("aes256-sha384-modp1024")};
    // ESP unknown (the probe stops at IKE_SA_INIT): it stays on what Windows offers today.
    auto policy = recommendPolicy(accepted);
    ASSERT_TRUE(policy.has_value());
    EXPECT_EQ(policyArgument(*policy), "GCMAES256,SHA256,ECP256,AES256,SHA196,None");
    // ESP known (a server configuration): the matching strength, with the server's PFS group.
    auto withPfs = recommendPolicy(accepted, {espP("aes256gcm16-ecp256")});
    ASSERT_TRUE(withPfs.has_value());
    EXPECT_EQ(policyArgument(*withPfs), "GCMAES256,SHA256,ECP256,GCMAES256,GCMAES256,ECP256");
    // A server that takes only HMAC-SHA1-96 for ESP gets it, not the stronger ESP it would refuse.
    auto sha1Only = recommendPolicy(accepted, {espP("aes128-sha1")});
    ASSERT_TRUE(sha1Only.has_value());
    EXPECT_EQ(policyArgument(*sha1Only), "GCMAES256,SHA256,ECP256,AES128,SHA196,None");
    EXPECT_FALSE(recommendPolicy({ikeP("aes256-sha512-modp2048")}).has_value());
}

TEST(ProposalMatching, StrongestCommonAndTheGroupAside) {
    const std::vector<ike::Proposal> windows{ikeP("aes256-sha1-modp1024"), ikeP("aes128-sha256-modp2048"),
                                             ikeP("aes256-sha256-modp2048")};
    const std::vector<ike::Proposal> server{ikeP("aes128-aes256-sha256-modp2048")};
    auto common = strongestCommon(windows, server);
    ASSERT_TRUE(common.has_value());
    EXPECT_EQ(common->toString(), "aes256-sha256-modp2048");
    EXPECT_FALSE(strongestCommon(windows, {ikeP("aes256-sha512-modp2048")}).has_value());
    // Windows' default (modp1024) against a modp2048-only server: equal but for the group.
    EXPECT_FALSE(accepts({ikeP("aes256-sha1-modp2048")}, ikeP("aes256-sha1-modp1024")));
    EXPECT_TRUE(acceptsIgnoringGroup({ikeP("aes256-sha1-modp2048")}, ikeP("aes256-sha1-modp1024")));
    EXPECT_FALSE(acceptsIgnoringGroup({ikeP("aes128-sha1-modp2048")}, ikeP("aes256-sha1-modp1024")));
}

TEST(RecommendedFix, ThePolicyFixCarriesTheRecommendedPolicyAndTheProfile) {
    auto c = profileContext();
    c.subject.scope = PhonebookScope::AllUsers;
    c.server = ikev2Server({ikeP("aes256-sha256-modp2048")});
    const auto findings = checkProposals(c);
    auto spec = recommendedFix(findings.front(), c.subject);
    ASSERT_TRUE(spec.has_value());
    EXPECT_EQ(spec->id, fix::kProfileIpsecPolicy);
    EXPECT_EQ(spec->arguments.profile, "Office");
    EXPECT_EQ(spec->arguments.scope, PhonebookScope::AllUsers);
    EXPECT_TRUE(spec->needsElevation) << "the all-users phonebook needs administrator rights";
    ASSERT_TRUE(spec->arguments.policy.has_value());
    EXPECT_EQ(policyArgument(*spec->arguments.policy), "AES256,SHA256,Group14,AES256,SHA196,None");
}

TEST(RecommendedFix, TheTunnelSwitchAndTheRegistryFix) {
    auto c = profileContext(TunnelType::Ikev2);
    c.server = ikev1OnlyServer();
    const auto findings = checkProposals(c);
    auto spec = recommendedFix(*find(findings, "proposal.version.ikev1-only"), c.subject);
    ASSERT_TRUE(spec.has_value());
    EXPECT_EQ(spec->id, fix::kProfileTunnelType);
    EXPECT_EQ(spec->arguments.strategy, VpnStrategy::L2tpOnly);

    // A hand-typed server: only the machine-wide registry fix, which takes no profile argument.
    auto typed = profileContext();
    typed.subject.profile.clear();
    typed.server = ikev2Server({ikeP("aes256-sha256-modp2048")});
    auto registry = recommendedFix(checkProposals(typed).front(), typed.subject);
    ASSERT_TRUE(registry.has_value());
    EXPECT_EQ(registry->id, fix::kNegotiateDh2048);
    EXPECT_TRUE(registry->arguments.profile.empty());
}

TEST(RecommendedFix, NoneWithoutARemediationOrWithBadEvidence) {
    Finding plain;
    plain.id = "proposal.ikev2.accepted";
    EXPECT_FALSE(recommendedFix(plain, profileContext().subject).has_value());
    Finding tampered;
    tampered.id = "proposal.ikev2.dh-group-mismatch";
    tampered.remediations = {std::string(fix::kProfileIpsecPolicy)};
    tampered.evidence["recommended_policy"] = "AES256,SHA256,Group99,AES256,SHA256128,None";
    EXPECT_FALSE(recommendedFix(tampered, profileContext().subject).has_value());
    tampered.evidence.erase("recommended_policy");
    EXPECT_FALSE(recommendedFix(tampered, profileContext().subject).has_value());
}
