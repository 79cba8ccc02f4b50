// The bridge between the probe and the Proposals step: what is asked for a profile, and what the
// answers mean for the comparison (the charon end-to-end test runs the same path over the wire).
#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/proposals/probe_acceptance.h"
#include "ipsecdoctor/proposals/proposal_checks.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using namespace ipsecdoctor::proposals;

namespace {

ProbeProposal probeP(const char* text) {
    return ike::toProbeProposal(*ike::parseProposal(text, ike::Protocol::Ike));
}

} // namespace

TEST(ProbeAcceptance, OptionsOfferWhatWindowsOffersForTheProfile) {
    OfferInputs inputs;
    inputs.tunnel = TunnelType::Ikev2;
    EXPECT_EQ(probeOptionsFor("vpn.example.net", inputs).windowsSet, ike::WindowsIkev2Set::Windows10Default);
    inputs.windows11 = true;
    EXPECT_EQ(probeOptionsFor("vpn.example.net", inputs).windowsSet, ike::WindowsIkev2Set::Windows11Default);
    inputs.negotiateDh2048Aes256 = 2;
    EXPECT_EQ(probeOptionsFor("vpn.example.net", inputs).windowsSet,
              ike::WindowsIkev2Set::Dh2048Aes256Enforced);
    inputs.customPolicy = *parsePolicyArgument("AES256,SHA256,Group14,AES256,SHA256128,None");
    const auto options = probeOptionsFor("vpn.example.net", inputs);
    ASSERT_TRUE(options.customPolicy.has_value());
    EXPECT_EQ(ike::ikeProposal(*options.customPolicy).toString(), "aes256-sha256-modp2048");
    EXPECT_EQ(options.host, "vpn.example.net");
    // Both versions: an IKEv1-only server is a finding for an IKEv2 profile.
    EXPECT_EQ(options.versions, ike::IkeVersions::Both);
}

TEST(ProbeAcceptance, RefusedDefaultThenDiscoveredGroupIsADhMismatchWithAFix) {
    ProbeResult r;
    r.host = "vpn.example.net";
    r.reachable = true;
    r.natDetected = false;
    r.ikev2.probed = true;
    r.ikev2.answered = true;
    r.ikev2.windowsDefaultAccepted = false;
    r.ikev2.accepted = {probeP("aes256-sha256-modp2048")};
    r.ikev2.keGroupRequested = 14;
    const auto s = acceptanceFromProbe(r);
    ASSERT_TRUE(s.ikev2.has_value());
    EXPECT_TRUE(s.reachable);
    EXPECT_FALSE(s.ikev1.has_value()); // not probed: not "refused"
    ASSERT_EQ(s.ikev2->accepted.size(), 1u);
    EXPECT_EQ(s.ikev2->accepted.front().toString(), "aes256-sha256-modp2048");
    EXPECT_EQ(s.ikev2->requestedKeGroup, ike::DhGroup::Modp2048);

    ProposalContext c;
    c.subject.profile = "Office";
    c.subject.server = r.host;
    c.server = s;
    const auto findings = checkProposals(c);
    ASSERT_FALSE(findings.empty());
    EXPECT_EQ(findings.front().id, "proposal.ikev2.dh-group-mismatch");
    EXPECT_EQ(findings.front().evidence.at("recommended_policy"), "AES256,SHA256,Group14,AES256,SHA196,None");
}

TEST(ProbeAcceptance, AcceptedWindowsProposalCountsEvenWhenDiscoveryRanOut) {
    ProbeResult r;
    r.host = "vpn.example.net";
    r.reachable = true;
    r.natDetected = true;
    r.ikev2.probed = true;
    r.ikev2.answered = true;
    r.ikev2.windowsDefaultAccepted = true;
    r.ikev2.windowsDefaultChosen = probeP("aes256-sha1-modp1024");
    r.ikev2.accepted = {probeP("aes256-sha1-modp1024"), probeP("aes128-sha256-modp2048")};
    r.ikev1.probed = true;
    r.ikev1.mainModeAnswered = true;
    r.ikev1.mainModeAccepted = {probeP("aes256-sha1-modp2048")};
    r.ikev1.aggressiveMode = "answered";
    const auto s = acceptanceFromProbe(r);
    EXPECT_TRUE(s.natDetected);
    ASSERT_EQ(s.ikev2->accepted.size(), 2u); // the chosen one is not repeated
    EXPECT_FALSE(s.ikev2->requestedKeGroup.has_value());
    ASSERT_TRUE(s.ikev1.has_value());
    EXPECT_TRUE(s.ikev1->mainModeAnswered);
    EXPECT_TRUE(s.ikev1->aggressiveModeAnswered);
    EXPECT_EQ(s.ikev1->mainModeAccepted.front().toString(), "aes256-sha1-modp2048");

    ProbeResult silent;
    silent.host = "vpn.example.net";
    silent.ikev2.probed = true;
    silent.ikev1.probed = true;
    silent.ikev1.aggressiveMode = "no-answer";
    const auto none = acceptanceFromProbe(silent);
    EXPECT_FALSE(none.reachable);
    EXPECT_FALSE(none.ikev2->answered);
    EXPECT_FALSE(none.ikev1->mainModeAnswered);
    EXPECT_FALSE(none.ikev1->aggressiveModeAnswered);
}
