// The diagnosis on the seed's failure scenarios, judged for the connection's tunnel type and
// sign-in method, and with the other ones where a cause must not be listed. Findings of the other steps carry
// the ids of the finding-id contract (helper brief); services and logs findings come from the real checks.
#include "event_samples.h"
#include "windows10_services.h"

#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/diagnosis/diagnosis.h"
#include "ipsecdoctor/logs/event_xml.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ipsecdoctor;

namespace {

Finding contract(const std::string& id, Severity severity, Step step, IkePhase phase,
                 std::map<std::string, std::string> evidence = {},
                 std::vector<std::string> remediations = {}) {
    Finding f;
    f.id = id;
    f.severity = severity;
    f.step = step;
    f.phase = phase;
    f.evidence = std::move(evidence);
    f.remediations = std::move(remediations);
    return f;
}

/// A healthy Windows 10 PC whose logs hold these events; `bend` changes the services.
struct Machine {
    SystemSnapshot snapshot;
    std::vector<Finding> extra; // findings of the probe and certificate steps

    Machine() {
        snapshot.collectedAt = "2026-11-27T10:00:00Z";
        snapshot.services = ipsecdoctor::testing::windows10Services();
        snapshot.logs = LogsInfo{};
        snapshot.logs->source = "live";
    }
    Machine& event(const std::string& xml) {
        auto e = parseEventXml(xml);
        EXPECT_TRUE(e);
        snapshot.logs->events.push_back(*e);
        return *this;
    }
    Machine& dialFailed(const std::string& code, int times = 1) {
        for (int i = 0; i < times; ++i) {
            event(ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:" + std::to_string(12 + i) + ":00Z",
                                                         code));
        }
        return *this;
    }
    Machine& with(Finding f) {
        extra.push_back(std::move(f));
        return *this;
    }
    Machine& connected(const std::string& time, const std::string& connection = "Office VPN") {
        return event(ipsecdoctor::testing::classicEventXml(
            "RasClient", "Application", 20225, time,
            {"{B4000371-A67F-452F-AA4C-3125AA9CFC78}", "PC-TEST\\alice", connection}));
    }
    Machine& service(const std::string& name, StartType start, ServiceState state = ServiceState::Stopped) {
        for (auto& s : snapshot.services) {
            if (s.name == name) {
                s.startType = start;
                s.state = state;
            }
        }
        return *this;
    }
    /// The connection under diagnosis ("Office VPN" unless said otherwise).
    Machine& connection(TunnelType tunnel, VpnAuthMethod auth, const std::string& name = "Office VPN") {
        conn = Connection{name, tunnel, auth, "vpn.example.com", ConnectionOrigin::Chosen};
        return *this;
    }
    Diagnosis diagnose() const {
        auto findings = runChecks(snapshot);
        findings.insert(findings.end(), extra.begin(), extra.end());
        return ipsecdoctor::diagnose(findings, conn ? &*conn : nullptr);
    }
    std::optional<Connection> conn;
};

bool hasEvidence(const RootCause& c, const std::string& id) {
    return std::any_of(c.evidence.begin(), c.evidence.end(), [&](const Finding& f) { return f.id == id; });
}

bool listed(const Diagnosis& d, const std::string& cause) {
    return std::any_of(d.causes.begin(), d.causes.end(), [&](const RootCause& c) { return c.id == cause; });
}

Finding probeFinding(const std::string& id, Severity severity,
                     std::map<std::string, std::string> evidence = {}) {
    return contract(id, severity, id.starts_with("proposal.") ? Step::Proposals : Step::Connectivity,
                    IkePhase::Transport, std::move(evidence));
}

} // namespace

TEST(Diagnosis, AHealthyMachineHasNoCause) {
    for (auto tunnel : {TunnelType::Ikev2, TunnelType::L2tp}) {
        const auto d = Machine().connection(tunnel, VpnAuthMethod::EapMschapv2).diagnose();
        EXPECT_TRUE(d.causes.empty());
        EXPECT_FALSE(d.provider.recommended);
    }
}

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

TEST(Diagnosis, PolicyAgentMattersForL2tpWith791) {
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
                       .service("PolicyAgent", StartType::Disabled)
                       .dialFailed("791", 3)
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    const auto& top = d.causes.front();
    EXPECT_EQ(top.id, "cause.local.policyagent-unavailable");
    EXPECT_EQ(top.certainty, Certainty::Proven);
    EXPECT_TRUE(top.local);
    ASSERT_FALSE(top.remediations.empty());
    EXPECT_EQ(top.remediations.front(), "service.policyagent.set-default-start");
    EXPECT_FALSE(d.provider.recommended) << "a local cause explains it: nothing to ask the provider";
}

TEST(Diagnosis, PolicyAgentIsNoCauseForIkev2) {
    const auto d = Machine()
                       .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                       .service("PolicyAgent", StartType::Disabled)
                       .dialFailed("13801")
                       .diagnose();
    EXPECT_FALSE(listed(d, "cause.local.policyagent-unavailable"));
}

TEST(Diagnosis, AConfigurationFactWithNothingFailingIsANote) {
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
                       .service("PolicyAgent", StartType::Disabled)
                       .diagnose();
    EXPECT_TRUE(d.causes.empty());
    EXPECT_TRUE(std::any_of(d.notes.begin(), d.notes.end(),
                            [](const Finding& f) { return f.id == "service.policyagent.disabled"; }));
}

TEST(Diagnosis, BfeStoppedIsOneProblemWithItsConsequences) {
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
                       .service("BFE", StartType::Disabled)
                       .dialFailed("827")
                       .diagnose();
    ASSERT_EQ(d.causes.size(), 1u) << d.causes.back().id;
    const auto& top = d.causes.front();
    EXPECT_EQ(top.id, "cause.local.ipsec-service-unavailable");
    EXPECT_EQ(top.certainty, Certainty::Proven);
    EXPECT_TRUE(hasEvidence(top, "service.bfe.disabled"));
    EXPECT_TRUE(std::any_of(top.consequences.begin(), top.consequences.end(), [](const Finding& f) {
        return f.id == "service.ikeext.dependency-unavailable";
    }));
    EXPECT_TRUE(std::any_of(top.consequences.begin(), top.consequences.end(), [](const Finding& f) {
        return f.id == "service.policyagent.dependency-unavailable";
    }));
}

TEST(Diagnosis, Wrong789PreSharedKeyBehindAHomeRouterIsNotNatT) {
    // The probe saw NAT in front of this PC only: KB926179 asks nothing of it.
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
                       .with(probeFinding("connectivity.nat.detected", Severity::Warning))
                       .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
                       .dialFailed("789", 2)
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.phase1.psk-mismatch");
    EXPECT_TRUE(d.causes.front().local) << "the key is typed on this PC";
    EXPECT_FALSE(listed(d, "cause.transport.nat-t-registry"));
    EXPECT_FALSE(d.provider.recommended);
}

TEST(Diagnosis, TheSame789WithCertificatesIsNotAKeyMismatch) {
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::MachineCertificate)
                       .dialFailed("789")
                       .diagnose();
    EXPECT_FALSE(listed(d, "cause.phase1.psk-mismatch"));
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
TEST(Diagnosis, AStageTheFailuresNeverReachedIsANoteNotACause) {
    auto machine = Machine();
    machine.connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
        .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
        .with(probeFinding("proposal.ikev2.dh-group-mismatch", Severity::Error))
        .with(contract("certificate.server-ca.not-installed", Severity::Error, Step::Certificates,
                       IkePhase::Phase1))
        .dialFailed("13868", 2);
    auto d = machine.diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.phase1.proposal-mismatch");
    EXPECT_FALSE(listed(d, "cause.certificate.untrusted"));
    EXPECT_NE(std::find_if(d.notes.begin(), d.notes.end(),
                           [](const Finding& f) { return f.id == "certificate.server-ca.not-installed"; }),
              d.notes.end());
    // Timeouts say nothing of how far a dial got: a server answer that proves a cause keeps it
    // (an IKEv1-only server that silently drops IKEv2 gives 809s).
    auto timeouts = Machine()
                        .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                        .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
                        .with(probeFinding("connectivity.nat.none", Severity::Ok))
                        .with(probeFinding("proposal.version.ikev1-only", Severity::Error))
                        .dialFailed("809", 2)
                        .diagnose();
    ASSERT_FALSE(timeouts.causes.empty());
    EXPECT_EQ(timeouts.causes.front().id, "cause.phase1.version-mismatch");
    EXPECT_EQ(timeouts.causes.front().certainty, Certainty::Proven);
    auto rejected = Machine()
                        .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                        .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
                        .with(probeFinding("proposal.ikev2.windows-default-rejected", Severity::Error))
                        .dialFailed("809", 2)
                        .diagnose();
    ASSERT_FALSE(rejected.causes.empty());
    EXPECT_EQ(rejected.causes.front().id, "cause.phase1.proposal-mismatch");
    // Once the dials get that far (13801), the same fact is the cause.
    Machine later;
    later.connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
        .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
        .with(contract("certificate.server-ca.not-installed", Severity::Error, Step::Certificates,
                       IkePhase::Phase1))
        .dialFailed("13801", 2);
    d = later.diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.certificate.untrusted");
    EXPECT_EQ(d.causes.front().certainty, Certainty::Proven);
}

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

TEST(Diagnosis, Error13806ReadsBySignInMethod) {
    const auto eap =
        Machine().connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2).dialFailed("13806").diagnose();
    ASSERT_FALSE(eap.causes.empty());
    EXPECT_EQ(eap.causes.front().id, "cause.server.certificate");
    EXPECT_FALSE(listed(eap, "cause.certificate.machine-certificate"));
    EXPECT_TRUE(eap.provider.recommended);

    const auto machine = Machine()
                             .connection(TunnelType::Ikev2, VpnAuthMethod::MachineCertificate)
                             .with(contract("certificate.machine.missing", Severity::Error,
                                            Step::Certificates, IkePhase::Phase1))
                             .dialFailed("13806")
                             .diagnose();
    ASSERT_FALSE(machine.causes.empty());
    EXPECT_EQ(machine.causes.front().id, "cause.certificate.machine-certificate");
    EXPECT_EQ(machine.causes.front().certainty, Certainty::Proven);
    EXPECT_FALSE(listed(machine, "cause.server.certificate"));
    EXPECT_FALSE(machine.provider.recommended);
}

TEST(Diagnosis, AnUntrustedServerCertificateExplains13801) {
    const auto d = Machine()
                       .connection(TunnelType::Ikev2, VpnAuthMethod::EapTls)
                       .with(contract("certificate.server-ca.not-installed", Severity::Error,
                                      Step::Certificates, IkePhase::Phase1, {{"ca", "CN=Example VPN CA"}}))
                       .dialFailed("13801", 3)
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.certificate.untrusted");
    EXPECT_EQ(d.causes.front().certainty, Certainty::Proven);
    EXPECT_TRUE(hasEvidence(d.causes.front(), "logs.rasclient.error"));
    EXPECT_FALSE(listed(d, "cause.phase1.authentication")) << "the same 13801, explained";
}

TEST(Diagnosis, A13801AloneIsLikelyTheServerCertificateNotTheServerRefusingThisPc) {
    const auto d =
        Machine().connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2).dialFailed("13801").diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.certificate.untrusted");
    EXPECT_EQ(d.causes.front().certainty, Certainty::Likely);
    EXPECT_FALSE(d.causes.front().local) << "a code alone does not show which side to fix";
    EXPECT_TRUE(listed(d, "cause.phase1.authentication"));
    EXPECT_TRUE(d.provider.recommended);
}

TEST(Diagnosis, UserSignInIsIkeAuthWithIkev2AndPppWithL2tp) {
    const auto ikev2 =
        Machine().connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2).dialFailed("691").diagnose();
    ASSERT_FALSE(ikev2.causes.empty());
    EXPECT_EQ(ikev2.causes.front().id, "cause.user-auth.rejected");
    EXPECT_EQ(ikev2.provider.exchange, "ike-auth");
    const auto l2tp =
        Machine().connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey).dialFailed("691").diagnose();
    ASSERT_FALSE(l2tp.causes.empty());
    EXPECT_EQ(l2tp.provider.exchange, "ppp");
}

TEST(Diagnosis, ALaterStageProvesTheEarlierOnesWorked) {
    // 691 comes from PPP inside the L2TP/IPsec SA: the 809 and 789 before it cannot be the cause.
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
                       .dialFailed("809")
                       .dialFailed("789")
                       .dialFailed("691")
                       .diagnose();
    ASSERT_EQ(d.causes.size(), 1u);
    EXPECT_EQ(d.causes.front().id, "cause.user-auth.rejected");
}

TEST(Diagnosis, AFailureFollowedBySuccessfulDialsIsHistory) {
    const auto d = Machine()
                       .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                       .dialFailed("13801", 2)
                       .connected("2026-11-27T09:40:00Z")
                       .diagnose();
    EXPECT_TRUE(d.causes.empty());
    EXPECT_TRUE(std::any_of(d.notes.begin(), d.notes.end(),
                            [](const Finding& f) { return f.id == "logs.rasclient.error"; }));
}

TEST(Diagnosis, AnotherConnectionsFailuresSayNothingOfThisOne) {
    Machine m;
    m.connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2, "Office VPN")
        .event(ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:12:00Z", "691", "Home lab"));
    EXPECT_TRUE(m.diagnose().causes.empty());
}

TEST(Diagnosis, CertificateExpiredWithItsCode) {
    const auto d = Machine()
                       .connection(TunnelType::Ikev2, VpnAuthMethod::MachineCertificate)
                       .with(contract("certificate.machine.expired", Severity::Error, Step::Certificates,
                                      IkePhase::Phase1))
                       .dialFailed("-2146762495")
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.certificate.expired");
    EXPECT_EQ(d.causes.front().certainty, Certainty::Proven);
    EXPECT_TRUE(d.causes.front().local);
}

TEST(Diagnosis, EveryRuleNamesItsCauseFromItsOwnEvidence) {
    for (const auto& rule : diagnosisRules()) {
        std::vector<Finding> findings;
        if (!rule.anchors.empty()) {
            std::string id(rule.anchors.front().pattern);
            std::replace(id.begin(), id.end(), '*', 'x');
            findings.push_back(contract(id, Severity::Error, Step::Services, IkePhase::Local));
        } else {
            const auto first = std::find_if(rule.codes.begin(), rule.codes.end(),
                                            [](const CodeRule& c) { return c.establishes; });
            ASSERT_NE(first, rule.codes.end()) << rule.cause;
            findings.push_back(contract("logs.rasclient.error", Severity::Error, Step::Logs, IkePhase::Phase1,
                                        {{"code", formatCode(first->code)}, {"count", "1"}}));
        }
        const auto single = evaluateRule(rule, findings, nullptr);
        ASSERT_TRUE(single.has_value()) << rule.cause;
        EXPECT_EQ(single->evidence.size(), 1u) << rule.cause;
        // Informational findings never establish a cause.
        findings.front().severity = Severity::Info;
        EXPECT_FALSE(evaluateRule(rule, findings, nullptr).has_value()) << rule.cause;
    }
}

TEST(Diagnosis, RulesOfOneTunnelTypeDoNotApplyToTheOther) {
    const Connection ikev2{"Office VPN", TunnelType::Ikev2, VpnAuthMethod::EapMschapv2, "vpn",
                           ConnectionOrigin::Chosen};
    const Connection l2tp{"Office VPN", TunnelType::L2tp, VpnAuthMethod::PreSharedKey, "vpn",
                          ConnectionOrigin::Chosen};
    for (const auto& rule : diagnosisRules()) {
        const std::vector<Finding> none;
        if (rule.cause == "cause.local.policyagent-unavailable" ||
            rule.cause == "cause.transport.nat-t-registry" || rule.cause == "cause.phase1.psk-mismatch") {
            std::string id(rule.anchors.empty() ? "logs.rasclient.error" : rule.anchors.front().pattern);
            std::vector<Finding> f{contract(id, Severity::Error, Step::Logs, IkePhase::Phase1,
                                            {{"code", formatCode(rule.codes.front().code)}})};
            EXPECT_FALSE(evaluateRule(rule, f, &ikev2).has_value()) << rule.cause;
            EXPECT_TRUE(evaluateRule(rule, f, &l2tp).has_value()) << rule.cause;
        }
    }
}

TEST(Diagnosis, Patterns) {
    EXPECT_TRUE(matchesPattern("certificate.*.expired", "certificate.machine.expired"));
    EXPECT_TRUE(matchesPattern("proposal.profile.*", "proposal.profile.weak-dh"));
    EXPECT_TRUE(matchesPattern("a*b*c", "a-b-b-c"));
    EXPECT_FALSE(matchesPattern("certificate.*.expired", "certificate.machine.expiring-soon"));
    EXPECT_FALSE(matchesPattern("service.ikeext.stopped", "service.ikeext.stopped-on-demand"));
    EXPECT_TRUE(matchesPattern("*", ""));
}

namespace ipsecdoctor {

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

} // namespace ipsecdoctor
