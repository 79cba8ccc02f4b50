// The diagnosis of the path to the server: blocked ports, NAT traversal, dropped fragments, the
// server's proposals and IKE version, phase 2, each judged for the connection's tunnel type and
// with the probe's answers where they rule a cause in or out.
#include "diagnosis_machine.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using namespace ipsecdoctor::testing;

TEST(Diagnosis, ProposalMismatchProvenByTheServerAnswer) {
    const auto d = Machine()
                       .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                       .with(probeFinding("proposal.ikev2.windows-default-rejected", Severity::Error,
                                          {{"notify", "NO_PROPOSAL_CHOSEN"}}))
                       .dialFailed("13868", 2)
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    const auto& top = d.causes.front();
    EXPECT_EQ(top.id, "cause.phase1.proposal-mismatch");
    EXPECT_EQ(top.certainty, Certainty::Proven);
    EXPECT_TRUE(hasEvidence(top, "logs.rasclient.error"));
    EXPECT_EQ(d.provider.exchange, "ike-sa-init");
}

TEST(Diagnosis, AProposalMismatchThisPcCanFixIsNotSentToTheProvider) {
    auto rejected = probeFinding("proposal.ikev2.dh-group-mismatch", Severity::Error);
    rejected.remediations = {"registry.negotiate-dh2048-aes256.enable"};
    const auto d = Machine()
                       .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                       .with(rejected)
                       .dialFailed("13868")
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().remediations.front(), "registry.negotiate-dh2048-aes256.enable");
    EXPECT_TRUE(d.causes.front().local);
    EXPECT_FALSE(d.provider.recommended);
}

TEST(Diagnosis, Phase2MismatchFromAQuickModeFailure) {
    const auto d =
        Machine()
            .with(probeFinding("proposal.ikev2.accepted", Severity::Info))
            .event(ipsecdoctor::testing::securityEventXml(4654, "2026-11-27T09:12:00Z",
                                                          {{"RemoteAddress", "203.0.113.10"},
                                                           {"KeyModName", "%%8222"},
                                                           {"FailurePoint", "%%8200"},
                                                           {"FailureReason", "Policy match error"}}))
            .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.phase2.mismatch");
    EXPECT_EQ(d.provider.exchange, "quick-mode");
    EXPECT_EQ(d.provider.remoteAddress, "203.0.113.10");
}

TEST(Diagnosis, NatTRegistryValueForAServerBehindNat) {
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
                       .with(probeFinding("proposal.nat-t.encapsulation-rule-missing", Severity::Error,
                                          {{"server_behind_nat", "true"}}))
                       .with(probeFinding("connectivity.nat.detected", Severity::Warning))
                       .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
                       .dialFailed("809", 2)
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.transport.nat-t-registry");
    EXPECT_EQ(d.causes.front().certainty, Certainty::Likely) << "809 corroborates, it does not prove";
    EXPECT_FALSE(listed(d, "cause.transport.blocked")) << "the server answered on UDP 500";
    // The same facts for an IKEv2 connection: IKEv2 negotiates NAT-T itself.
    Machine ikev2;
    ikev2.connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
        .with(probeFinding("proposal.nat-t.encapsulation-rule-missing", Severity::Error))
        .dialFailed("809");
    EXPECT_FALSE(listed(ikev2.diagnose(), "cause.transport.nat-t-registry"));
}

TEST(Diagnosis, AnAnswerOnUdp500RulesOutABlockedPathButNotUdp4500) {
    const auto d =
        Machine()
            .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
            .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
            .with(probeFinding("connectivity.udp4500.blocked", Severity::Error, {{"nat_detected", "true"}}))
            .dialFailed("809", 3)
            .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.transport.nat-t-blocked");
    EXPECT_EQ(d.causes.front().certainty, Certainty::Proven);
    EXPECT_FALSE(listed(d, "cause.transport.blocked"));
    EXPECT_TRUE(d.provider.recommended);
}

// Scenario 05: both sides behind NAT, the registry value absent. The 809s are Windows refusing the
// server behind NAT, not a blocked UDP 4500: the probe got its answer on 4500.

TEST(Diagnosis, AnAnswerOnUdp4500RefutesUdp4500Blocked) {
    auto machine = Machine();
    machine.connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
        .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
        .with(probeFinding("connectivity.udp4500.reachable", Severity::Ok))
        .with(probeFinding("connectivity.nat.detected", Severity::Info, {{"server_behind_nat", "true"}}))
        .with(probeFinding("proposal.nat-t.encapsulation-rule-missing", Severity::Error))
        .dialFailed("809", 2);
    auto d = machine.diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.transport.nat-t-registry");
    EXPECT_FALSE(listed(d, "cause.transport.nat-t-blocked"));
    // With the value set (no registry fact), the 809s alone: UDP 4500 blocked is likely unless the
    // probe got its answer there.
    machine.extra.pop_back();
    EXPECT_FALSE(listed(machine.diagnose(), "cause.transport.nat-t-blocked"));
    machine.extra.erase(machine.extra.begin() + 1);
    d = machine.diagnose();
    ASSERT_TRUE(listed(d, "cause.transport.nat-t-blocked"));
    EXPECT_EQ(d.causes.front().certainty, Certainty::Likely);
}

// Scenario 21: an IKEv1-only server is a version mismatch for an IKEv2 connection (13868 is its
// consequence, not a proposal problem); for an L2TP/IPsec connection it is what the server needs.

TEST(Diagnosis, AnIkev1OnlyServerMismatchesIkev2ConnectionsOnly) {
    auto ikev1Only = [](TunnelType tunnel, VpnAuthMethod auth, const char* code) {
        return Machine()
            .connection(tunnel, auth)
            .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
            .with(probeFinding("proposal.version.ikev1-only", Severity::Error))
            .dialFailed(code, 2)
            .diagnose();
    };
    const auto ikev2 = ikev1Only(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2, "13868");
    ASSERT_EQ(ikev2.causes.size(), 1u);
    EXPECT_EQ(ikev2.causes.front().id, "cause.phase1.version-mismatch");
    EXPECT_EQ(ikev2.causes.front().certainty, Certainty::Proven);
    const auto l2tp = ikev1Only(TunnelType::L2tp, VpnAuthMethod::PreSharedKey, "789");
    EXPECT_FALSE(listed(l2tp, "cause.phase1.version-mismatch"));
    EXPECT_TRUE(listed(l2tp, "cause.phase1.psk-mismatch"));
    // With no known connection, a cause with a rule per tunnel type is listed once.
    auto unknown = Machine()
                       .with(probeFinding("proposal.version.ikev1-only", Severity::Error))
                       .dialFailed("13880")
                       .diagnose();
    EXPECT_EQ(std::count_if(unknown.causes.begin(), unknown.causes.end(),
                            [](const RootCause& c) { return c.id == "cause.phase1.version-mismatch"; }),
              1);
    // The half that holds the proof is the one listed, whichever comes first.
    auto ikev2Only = Machine()
                         .with(probeFinding("proposal.version.ikev2-only", Severity::Error))
                         .dialFailed("13880")
                         .diagnose();
    ASSERT_FALSE(ikev2Only.causes.empty());
    EXPECT_EQ(ikev2Only.causes.front().id, "cause.phase1.version-mismatch");
    EXPECT_EQ(ikev2Only.causes.front().certainty, Certainty::Proven);
}

// Scenario 06: IKE_SA_INIT is refused (13868), so Windows never got to check the server's
// certificate. A CA missing here may fail the next dial; it is not why these fail: a note.

TEST(Diagnosis, Udp4500BlockedWithoutNatIsNoCause) {
    const auto d = Machine()
                       .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                       .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
                       .with(probeFinding("connectivity.udp4500.blocked", Severity::Warning))
                       .diagnose();
    EXPECT_FALSE(listed(d, "cause.transport.nat-t-blocked"));
}

TEST(Diagnosis, TransportBlockedWhenTheServerIsSilent) {
    const auto d = Machine()
                       .with(probeFinding("connectivity.udp500.timeout", Severity::Error, {{"retries", "3"}}))
                       .event(ipsecdoctor::testing::mainModeFailedXml(
                           "2026-11-27T09:12:00Z", "Negotiation timed out", "%%8222", "%%8199"))
                       .dialFailed("809")
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.transport.blocked");
    EXPECT_EQ(d.causes.front().certainty, Certainty::Proven);
    EXPECT_TRUE(d.provider.recommended);
    EXPECT_EQ(d.provider.stage, CodeStage::Transport);
    EXPECT_EQ(d.provider.keyModule, "ikev1");
    EXPECT_EQ(d.provider.exchange, "main-mode");
}

TEST(Diagnosis, DroppedFragmentsExplainA809WithCertificatesOnlyWhenTheProbeSawThem) {
    const auto withProbe = Machine()
                               .connection(TunnelType::Ikev2, VpnAuthMethod::MachineCertificate)
                               .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
                               .with(probeFinding("connectivity.large-packets.dropped", Severity::Error))
                               .dialFailed("809", 2)
                               .diagnose();
    ASSERT_FALSE(withProbe.causes.empty());
    EXPECT_EQ(withProbe.causes.front().id, "cause.transport.fragments-dropped");
    EXPECT_TRUE(hasEvidence(withProbe.causes.front(), "logs.rasclient.error"));
    // The same 809 without the probe's finding: a timeout says nothing about fragments.
    const auto codeOnly = Machine()
                              .connection(TunnelType::Ikev2, VpnAuthMethod::MachineCertificate)
                              .dialFailed("809", 2)
                              .diagnose();
    for (const auto& c : codeOnly.causes) {
        EXPECT_NE(c.id, "cause.transport.fragments-dropped");
    }
    // A warning (no certificates, or IKEv2 fragmentation on both sides) is not a cause.
    const auto warning = Machine()
                             .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                             .with(probeFinding("connectivity.large-packets.dropped", Severity::Warning))
                             .dialFailed("809", 2)
                             .diagnose();
    for (const auto& c : warning.causes) {
        EXPECT_NE(c.id, "cause.transport.fragments-dropped");
    }
}
